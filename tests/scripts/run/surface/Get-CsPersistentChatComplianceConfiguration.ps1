# Get-CsPersistentChatComplianceConfiguration: all, by identity, by -Filter, by Where-Object.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatComplianceConfiguration -Identity site:Redmond -OneChatRoomPerOutputFile $true
New-CsPersistentChatComplianceConfiguration -Identity service:PersistentChatServer:pchat.contoso.com -CustomConfiguration "<Settings />"
Get-CsPersistentChatComplianceConfiguration | Format-Table Identity, RunInterval, OneChatRoomPerOutputFile, CustomConfiguration
(Get-CsPersistentChatComplianceConfiguration -Identity "site:Redmond").OneChatRoomPerOutputFile
Get-CsPersistentChatComplianceConfiguration -Filter "service:*" | ForEach-Object { $_.Identity }
Get-CsPersistentChatComplianceConfiguration | Where-Object {$_.OneChatRoomPerOutputFile -eq $True} | ForEach-Object { $_.Identity }
Get-CsPersistentChatComplianceConfiguration | Where-Object {$_.CustomConfiguration -ne $Null} | ForEach-Object { $_.Identity }
