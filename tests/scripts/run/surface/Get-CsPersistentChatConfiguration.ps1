# Get-CsPersistentChatConfiguration: every collection, one by identity, by -Filter, and filtered by Where-Object.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatConfiguration -Identity site:Redmond -DefaultChatHistory 60
New-CsPersistentChatConfiguration -Identity service:PersistentChatServer:pchat.contoso.com -RoomManagementUrl https://chat.contoso.com/rooms
# All of them (a list, as the product shows them).
Get-CsPersistentChatConfiguration
# One collection by its identity.
(Get-CsPersistentChatConfiguration -Identity "site:Redmond").DefaultChatHistory
# Service-scope collections by wildcard.
Get-CsPersistentChatConfiguration -Filter "service:*" | ForEach-Object { $_.Identity }
# More than 30 messages of history; no room management URL.
Get-CsPersistentChatConfiguration | Where-Object {$_.DefaultChatHistory -gt 30} | ForEach-Object { $_.Identity }
Get-CsPersistentChatConfiguration | Where-Object {$_.RoomManagementUrl -eq $Null} | ForEach-Object { $_.Identity }
# -LocalStore has no effect in a rehearsal: noted once.
@(Get-CsPersistentChatConfiguration -LocalStore).Count
