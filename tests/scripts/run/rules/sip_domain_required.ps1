# sip_domain_required: FirstLastName and SamAccountName addresses are built on -SipDomain.
New-Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ADUser -Name 'Ken Myer' -GivenName Ken -Surname Myer -SamAccountName kenmyer -UserPrincipalName kenmyer@contoso.com
Enable-CsUser -Identity 'Ken Myer' -RegistrarPool lync2013.contoso.com -SipAddressType FirstLastName
Enable-CsUser -Identity 'Ken Myer' -RegistrarPool lync2013.contoso.com -SipAddressType FirstLastName -SipDomain contoso.com
(Get-CsUser 'Ken Myer').SipAddress
