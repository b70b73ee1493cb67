# A misspelt parameter: did-you-mean names the right one.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Verison Lync2013 -Site Redmond
