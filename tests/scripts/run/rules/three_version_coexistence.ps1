# three_version_coexistence: Lync 2013 coexists with Lync 2010 or OCS 2007 R2 in one forest, not both.
New-Site -Identity Redmond
New-Site -Identity Munich -Forest fabrikam.local
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
# OCS 2007 R2 in another forest is another deployment: fine.
New-Pool -Fqdn ocs.fabrikam.com -Version Ocs2007R2 -Site Munich
# OCS 2007 R2 next to Lync 2010 and Lync 2013 in corp.local: rejected.
New-Pool -Fqdn ocs.contoso.com -Version Ocs2007R2 -Site Redmond
Get-CsPool
