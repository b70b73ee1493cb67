# pool_in_use: a pool that homes users or chat pools cannot be removed.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-Pool -Fqdn spare.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
# The spare pool homes nothing: it goes.
Remove-Pool -Identity spare.contoso.com
# lync2013.contoso.com still homes Ann: rejected.
Remove-Pool -Identity lync2013.contoso.com
Get-CsPool
