# unknown_site: a pool must name a site that exists.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
# A typo in the site name: rejected with a did-you-mean.
New-Pool -Fqdn lync2013b.contoso.com -Version Lync2013 -Site Redmnd
Get-CsPool
