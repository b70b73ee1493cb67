# server_limit: a Persistent Chat pool has 1..4 active servers and at most 4 standby servers.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
Set-ChatPool -Identity pchat.contoso.com -Servers 4 -StandbyServers 4
# A fifth active server: rejected.
Set-ChatPool -Identity pchat.contoso.com -Servers 5
Get-ChatPool | Select-Object Fqdn, Servers, StandbyServers
