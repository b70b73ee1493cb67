# pool_capacity: a Persistent Chat pool serves at most 20 000 users per active server (warning).
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -Servers 2 -FileStore \\fs01\pchat
# 20 001 users on the home pool: within the capacity of two servers.
foreach ($i in 1..20001) { New-User -Identity "sip:user$i@contoso.com" -Pool lync2013.contoso.com }
# Going down to one server crosses the line: applied, with a warning.
Set-ChatPool -Identity pchat.contoso.com -Servers 1
Get-ChatPool | Select-Object Fqdn, Servers
