# New-CsPersistentChatComplianceConfiguration: a site's settings, every property, and -InMemory.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
# User and room details in the output (the first example's pattern).
New-CsPersistentChatComplianceConfiguration -Identity "site:Redmond" -AddUserDetails $True -AddChatRoomDetails $True
# A run interval as text (the second example's pattern), here at service scope with the rest.
New-CsPersistentChatComplianceConfiguration -Identity "service:PersistentChatServer:pchat.contoso.com" -RunInterval "00:30:00" -AdapterName XmlAdapter -AdapterType "Microsoft.Rtc.Internal.Chat.Server.Compliance.XmlAdapter" -AdapterOutputDirectory \\fs01\compliance -OneChatRoomPerOutputFile $true -CreateFileAttachmentsManifest $true -CustomConfiguration "<Settings />" -Force
# In memory, changed, then stored.
$dublin = New-CsPersistentChatComplianceConfiguration -Identity site:Dublin -RunInterval 1.00:00:00 -InMemory
$dublin.AddUserDetails = $true
Set-CsPersistentChatComplianceConfiguration -Instance $dublin
Get-CsPersistentChatComplianceConfiguration -Filter service:*
Get-CsPersistentChatComplianceConfiguration | Format-Table Identity, RunInterval, AddUserDetails, AddChatRoomDetails
# Text that is no time span is refused when binding.
New-CsPersistentChatComplianceConfiguration -Identity site:Dublin -RunInterval soon
