# sip_address_required: Enable-CsUser needs -SipAddress or a -SipAddressType it can use.
New-Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ADUser -Name 'Pilar Ackerman' -SamAccountName pilar -UserPrincipalName pilar@contoso.com
# Pilar has no mail address to build the SIP address from.
Enable-CsUser -Identity 'Pilar Ackerman' -RegistrarPool lync2013.contoso.com -SipAddressType EmailAddress
Enable-CsUser -Identity 'Pilar Ackerman' -RegistrarPool lync2013.contoso.com -SipAddressType UserPrincipalName
(Get-CsUser 'Pilar Ackerman').SipAddress
