# already_homed: Move-User to the pool the user is already on is rejected.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2010.contoso.com
Move-CsUser -Identity sip:ann@contoso.com -Target lync2013.contoso.com
# Moving her again to the pool she is on now: rejected.
Move-CsUser -Identity sip:ann@contoso.com -Target lync2013.contoso.com
Get-CsUser
