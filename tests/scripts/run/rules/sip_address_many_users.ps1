# sip_address_many_users: one -SipAddress cannot go to several accounts.
New-Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ADUser -Name 'Ken Myer' -SamAccountName kenmyer -UserPrincipalName kenmyer@contoso.com
New-ADUser -Name 'Pilar Ackerman' -SamAccountName pilar -UserPrincipalName pilar@contoso.com
# The wildcard selects both accounts.
Enable-CsUser -Identity '*er*' -RegistrarPool lync2013.contoso.com -SipAddress sip:finance@contoso.com
Enable-CsUser -Identity '*er*' -RegistrarPool lync2013.contoso.com -SipAddressType SamAccountName -SipDomain contoso.com
Get-CsUser | ForEach-Object SipAddress
