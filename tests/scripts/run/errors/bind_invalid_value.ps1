# A value outside the parameter's ValidateSet: the help lists the allowed values.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2031 -Site Redmond
