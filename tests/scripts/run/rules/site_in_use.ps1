# site_in_use: a site that hosts pools cannot be removed.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
# Dublin hosts nothing: it goes.
Remove-Site -Identity Dublin
# Redmond still hosts lync2013.contoso.com: rejected.
Remove-Site -Identity Redmond
Get-CsSite
