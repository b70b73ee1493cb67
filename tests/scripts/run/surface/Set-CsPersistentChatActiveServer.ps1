# Set-CsPersistentChatActiveServer: add, remove, replace, empty and swap the active servers.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat -Computers atl-gc-001.contoso.com, atl-gc-002.contoso.com, atl-gc-003.contoso.com -Servers 2
function Show { $p = Get-ChatPool pchat.contoso.com; "active: $($p.ActiveServers -join ', ') | standby: $($p.StandbyServers)" }
Show
Set-CsPersistentChatActiveServer -Identity "PersistentChatServer:pchat.contoso.com" -ActiveServers @{Add="atl-gc-003.contoso.com"}
Show
Set-CsPersistentChatActiveServer -Identity "PersistentChatServer:pchat.contoso.com" -ActiveServers @{Remove="atl-gc-001.contoso.com"}
Show
Set-CsPersistentChatActiveServer -Identity pchat.contoso.com -ActiveServers atl-gc-001.contoso.com
Show
Set-CsPersistentChatActiveServer -Swap -Force
Show
Set-CsPersistentChatActiveServer -Identity "PersistentChatServer:pchat.contoso.com" -ActiveServers $Null
Show
# -ActiveServers and -Swap are two ways of calling it, not one.
Set-CsPersistentChatActiveServer -Swap -ActiveServers atl-gc-001.contoso.com
