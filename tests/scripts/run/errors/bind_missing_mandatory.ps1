# A mandatory parameter left out.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Site Redmond
