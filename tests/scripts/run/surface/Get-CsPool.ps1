# Get-CsPool: every pool (chat pools included), computers, one pool, a site's pools, pools without services.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-Pool -Fqdn se.contoso.com -Version Lync2013 -Site Dublin -Edition Standard
New-ChatPool -Fqdn gc.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat -Servers 2 -StandbyServers 1
Get-CsPool | Format-Table Identity, Site, Kind, Version, Services
Get-CsPool | Select-Object -ExpandProperty Computers
Get-CsPool -Identity pchat.contoso.com
Get-CsPool -Site "Dublin" | ForEach-Object { $_.Identity }
Get-CsPool | Where-Object {$_.Services.Count -eq 0} | ForEach-Object { $_.Identity }
Get-CsPool -Filter *2013* -Site site:Redmond | ForEach-Object { $_.Identity }
# Get-Pool (coexist's) still lists the registrar pools only.
@(Get-Pool).Count
Get-CsPool -Identity lync2012.contoso.com
