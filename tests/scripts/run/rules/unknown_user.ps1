# unknown_user: a referenced user must exist.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -DisplayName "Ann Beck" -RegistrarPool lync2013.contoso.com
Set-CsUser -Identity sip:ann@contoso.com -DisplayName "Ann Beck-Ng"
# A typo in the SIP address: rejected with a did-you-mean.
Set-CsUser -Identity sip:anne@contoso.com -Enabled $false
Get-CsUser
