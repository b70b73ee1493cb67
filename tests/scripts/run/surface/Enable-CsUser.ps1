# Enable-CsUser and Get-CsAdUser: address sources, identities, piped accounts, unassigned users.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-cs-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-Pool -Fqdn atl-cs-002.litwareinc.com -Version Lync2013 -Site Atlanta
New-ADOrganizationalUnit -Name Finance -Path "DC=litwareinc,DC=com"
New-ADUser -Name "Pilar Ackerman" -DisplayName "Pilar Ackerman" -GivenName Pilar -Surname Ackerman -SamAccountName pilar -UserPrincipalName pilar@litwareinc.com -Department Finance -Title Manager -Path "OU=Finance,DC=litwareinc,DC=com"
New-ADUser -Name "Ken Myer" -DisplayName "Ken Myer" -GivenName Ken -Surname Myer -SamAccountName kenmyer -UserPrincipalName kenmyer@litwareinc.com -EmailAddress ken.myer@litwareinc.com -Department Finance -Title Supervisor -Path "OU=Finance,DC=litwareinc,DC=com"
New-ADUser -Name "Dmitri Ivanov" -DisplayName "Dmitri Ivanov" -SamAccountName dmitri -UserPrincipalName dmitri@litwareinc.com -Department Sales
# Get-CsAdUser example 1: every account (Ken and Pilar enabled below).
Get-CsAdUser
# Example 1: an address built from the logon name.
Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
# Example 2 (on another account): the address given.
Enable-CsUser -Identity "Ken Myer" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddress "sip:ken.myer@litwareinc.com"
# Examples 3 and 4: the accounts a query selects, piped (here: those not enabled yet).
Get-CsAdUser | Where-Object { $_.Enabled -ne $True } | Enable-CsUser -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
Get-CsUser | Format-Table SipAddress, DisplayName, RegistrarPool
# The other identities and address types, without a pool: the users are unassigned.
New-ADUser -Name "Ellen Adams" -GivenName Ellen -Surname Adams -SamAccountName ellen -UserPrincipalName ellen@litwareinc.com -EmailAddress ellen.adams@litwareinc.com
New-ADUser -Name "Jeff Hay" -GivenName Jeff -Surname Hay -SamAccountName jeff -UserPrincipalName jeff@litwareinc.com
Enable-CsUser -Identity "CN=Ellen Adams,CN=Users,DC=litwareinc,DC=com" -SipAddressType EmailAddress
Enable-CsUser -Identity "litwareinc\jeff" -SipAddressType FirstLastName -SipDomain litwareinc.com
Get-CsUser -Identity ellen@litwareinc.com | Format-Table SipAddress, RegistrarPool
(Get-CsUser -Identity "Jeff Hay").SipAddress
# Example 5: an account homed online (the hosting provider is noted, not modelled).
New-ADUser -Name "Tom Lee" -SamAccountName tom -UserPrincipalName user@litwareinc.com
Enable-CsUser -Identity user@litwareinc.com -HostingProvider sipfed.online.lync.com -SipAddressType UserPrincipalName
(Get-CsUser user@litwareinc.com).SipAddress
# Get-CsAdUser example 2, and the other forms of an identity.
Get-CsAdUser -Identity "Pilar Ackerman" | Format-List DisplayName, SipAddress, Enabled, Department, Title
"sip:pilar@litwareinc.com", "kenmyer@litwareinc.com", "litwareinc\dmitri", "CN=Ken Myer,OU=Finance,DC=litwareinc,DC=com", "*er*" | ForEach-Object { (Get-CsAdUser $_).Name -join ', ' }
# Get-CsAdUser example 4's question, answered with Where-Object.
Get-CsAdUser | Where-Object { $_.Enabled -ne $True } | Select-Object DisplayName
Get-CsAdUser -DomainController atl-dc-001.litwareinc.com -Identity nobody@litwareinc.com
