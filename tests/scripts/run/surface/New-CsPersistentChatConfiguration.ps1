# New-CsPersistentChatConfiguration: settings for a site, for a Persistent Chat pool, and in memory.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
# A site's own settings with a recorded property (the reference's example pattern).
New-CsPersistentChatConfiguration -Identity "site:Redmond" -ParticipantUpdateLimit 100
# Service scope, with every property the cmdlet takes.
New-CsPersistentChatConfiguration -Identity "service:PersistentChatServer:pchat.contoso.com" -DefaultChatHistory 45 -MaxFileSizeKB 10000 -ParticipantUpdateLimit 60 -RoomManagementUrl https://chat.contoso.com/rooms -Force
# -InMemory: returned, not stored, until Set- -Instance stores it.
$dublin = New-CsPersistentChatConfiguration -Identity site:Dublin -InMemory
"in memory: $($dublin.Identity); stored: $(@(Get-CsPersistentChatConfiguration -Filter site:Dublin).Count)"
Set-CsPersistentChatConfiguration -Instance $dublin
# -WhatIf shows the change and makes none.
New-Site -Identity Paris
New-CsPersistentChatConfiguration -Identity site:Paris -WhatIf
Get-CsPersistentChatConfiguration | Format-Table Identity, DefaultChatHistory, MaxFileSizeKB, ParticipantUpdateLimit, RoomManagementUrl
