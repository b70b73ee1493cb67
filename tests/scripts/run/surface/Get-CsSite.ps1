# Get-CsSite: every site, one by name, central sites, and a site's pools.
New-Site -Identity Redmond
New-Site -Identity Dublin -Forest fabrikam.local
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
Get-CsSite
Get-CsSite -Identity "Redmond" | Format-List Identity, Forest, SiteType, Pools
Get-CsSite site:Dublin | Select-Object Identity, Forest
Get-CsSite | Where-Object {$_.SiteType -eq "CentralSite"} | ForEach-Object { $_.Identity }
Get-CsSite -Identity "Redmond" | Select-Object -ExpandProperty Pools
Get-CsSite -Filter D* | ForEach-Object { $_.Identity }
# -Identity takes no wildcard: use -Filter.
Get-CsSite -Identity R*
