# duplicate_user: SIP addresses are unique.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -DisplayName "Ann Beck" -RegistrarPool lync2013.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -DisplayName "Bob Ng" -RegistrarPool lync2013.contoso.com
# Ann again, in other casing: rejected, the first Ann is unchanged.
Enable-CsUser -Identity sip:Ann@Contoso.com -DisplayName "Ann Other" -RegistrarPool lync2013.contoso.com
Get-CsUser
