# unknown_ad_account: once a forest has described accounts, Enable-CsUser needs one.
New-Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ADUser -Name 'Pilar Ackerman' -SamAccountName pilar -UserPrincipalName pilar@contoso.com
Enable-CsUser -Identity 'Pilar Ackerman' -RegistrarPool lync2013.contoso.com -SipAddress sip:pilar@contoso.com
# Nobody described an account for Ken in contoso.com.
Enable-CsUser -Identity 'Ken Myer' -RegistrarPool lync2013.contoso.com -SipAddress sip:kenmyer@contoso.com
@(Get-CsUser).Count
