# no_active_servers: a Persistent Chat pool whose active server list is emptied accepts no new connections.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat -Computers pc1.contoso.com, pc2.contoso.com
# Emptying the list is allowed, with a warning.
Set-CsPersistentChatActiveServer -Identity PersistentChatServer:pchat.contoso.com -ActiveServers $null
Get-ChatPool pchat.contoso.com | Select-Object Fqdn, Servers, StandbyServers
