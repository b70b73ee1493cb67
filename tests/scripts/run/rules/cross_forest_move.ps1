# cross_forest_move: Move-User never moves a user into another forest.
New-Site -Identity Redmond
New-Site -Identity Munich -Forest fabrikam.local
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-Pool -Fqdn lync2013.fabrikam.com -Version Lync2013 -Site Munich
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2010.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool lync2010.contoso.com
Move-CsUser -Identity sip:ann@contoso.com -Target lync2013.contoso.com
# The target is in fabrikam.local, the user in corp.local: rejected.
Move-CsUser -Identity sip:bob@contoso.com -Target lync2013.fabrikam.com
Get-CsUser
