# single_computer_pool: a chat pool collocated on a Standard Edition server has exactly one server.
New-Site -Identity Redmond
New-Pool -Fqdn se01.contoso.com -Version Lync2013 -Site Redmond -Edition Standard
New-ChatPool -Fqdn se01.contoso.com -HomePool se01.contoso.com -PoolType SingleComputer -FileStore D:\PChatFiles
Set-ChatPool -Identity se01.contoso.com -Servers 1
# A second server: rejected.
Set-ChatPool -Identity se01.contoso.com -Servers 2
Get-ChatPool | Select-Object Fqdn, PoolType, Servers
