# duplicate_fqdn: an FQDN names at most one pool or chat pool.
New-Site -Identity Redmond
New-Pool -Fqdn se01.contoso.com -Version Lync2013 -Site Redmond -Edition Standard
# The one exception: a SingleComputer Persistent Chat pool collocated on a Standard Edition server.
New-ChatPool -Fqdn se01.contoso.com -HomePool se01.contoso.com -PoolType SingleComputer -FileStore D:\PChatFiles
# Anything else reusing the FQDN is rejected.
New-Pool -Fqdn se01.contoso.com -Version Lync2013 -Site Redmond -Edition Enterprise
Get-CsPool
