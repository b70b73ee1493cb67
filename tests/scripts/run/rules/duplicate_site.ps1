# duplicate_site: site names are unique (compared case-insensitively).
New-Site -Identity Redmond
New-Site -Identity Dublin
# A second site with an existing name, in other casing, is rejected.
New-Site -Identity redmond -Forest fabrikam.local
Get-Site
