# unknown_pool: a user's registrar pool must exist.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -DisplayName "Ann Beck" -RegistrarPool lync2013.contoso.com
# A typo in the pool FQDN: rejected with a did-you-mean.
Enable-CsUser -Identity sip:bob@contoso.com -DisplayName "Bob Ng" -RegistrarPool lync2031.contoso.com
Get-CsUser
