# invalid_sip_address: a SIP address looks like sip:local@domain.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
# No @domain part: rejected.
Enable-CsUser -Identity sip:bob.contoso.com -RegistrarPool lync2013.contoso.com
Get-CsUser
