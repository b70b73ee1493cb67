# Move-CsLegacyUser: by name, with -Exclude switches, piped, and unassigned users.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-ocs-001.litwareinc.com -Version Ocs2007R2 -Site Atlanta
New-Pool -Fqdn atl-cs-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ADOrganizationalUnit -Name Finance -Path "DC=litwareinc,DC=com"
New-ADUser -Name "Pilar Ackerman" -SamAccountName pilar -UserPrincipalName pilar@litwareinc.com -Path "OU=Finance,DC=litwareinc,DC=com"
New-ADUser -Name "Ken Myer" -SamAccountName kenmyer -UserPrincipalName kenmyer@litwareinc.com -Path "OU=Finance,DC=litwareinc,DC=com"
New-ADUser -Name "Dmitri Ivanov" -SamAccountName dmitri -UserPrincipalName dmitri@litwareinc.com
New-ADUser -Name "Ellen Adams" -SamAccountName ellen -UserPrincipalName ellen@litwareinc.com
Get-CsAdUser -Identity "*er*" | Enable-CsUser -RegistrarPool atl-ocs-001.litwareinc.com -SipAddressType SamAccountName -SipDomain litwareinc.com
Enable-CsUser -Identity "Dmitri Ivanov" -SipAddressType UserPrincipalName
Enable-CsUser -Identity "Ellen Adams" -SipAddressType UserPrincipalName
# Example 1.
Move-CsLegacyUser -Identity "Pilar Ackerman" -Target "atl-cs-001.litwareinc.com"
# Example 2: the dial plan stays behind (noted: voice is outside the model).
Move-CsLegacyUser -Identity "Ken Myer" -Target "atl-cs-001.litwareinc.com" -ExcludeDialPlan
# Examples 3 and 4: piped; unassigned users get their first pool.
Get-CsUser | Where-Object { $_.RegistrarPool -eq $null } | Move-CsLegacyUser -Target "atl-cs-001.litwareinc.com"
Get-CsUser | Format-Table DisplayName, RegistrarPool
# A Lync 2013 user is moved with Move-CsUser.
Move-CsLegacyUser -Identity "Ken Myer" -Target "atl-ocs-001.litwareinc.com"
