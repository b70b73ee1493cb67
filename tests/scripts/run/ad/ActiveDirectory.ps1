# The ActiveDirectory cmdlets a rehearsal describes its directory with, and their rules.
New-ADOrganizationalUnit -Name Corp -Path "DC=litwareinc,DC=com"
New-ADOrganizationalUnit -Name Finance -Path "OU=Corp,DC=litwareinc,DC=com"
New-ADUser -Name "Pilar Ackerman" -SamAccountName pilar -UserPrincipalName pilar@litwareinc.com -Path "OU=Finance,OU=Corp,DC=litwareinc,DC=com" -Department Finance -City Atlanta -State GA
New-ADUser "Ken Myer" -SamAccountName kenmyer -UserPrincipalName kenmyer@litwareinc.com -DisplayName "Ken Myer (Finance)"
Set-ADUser -Identity kenmyer -Department Finance -Title Supervisor -Office "B1 2104" -Company Litware
New-ADGroup -Name FinanceChat -GroupScope Universal -GroupCategory Distribution -Path "OU=Corp,DC=litwareinc,DC=com"
New-ADGroup -Name AllStaff -GroupScope Global
Add-ADGroupMember -Identity FinanceChat -Members pilar, "CN=Ken Myer,CN=Users,DC=litwareinc,DC=com"
Add-ADGroupMember -Identity AllStaff -Members FinanceChat
Get-ADGroupMember AllStaff | Format-Table Name, DistinguishedName
Get-ADGroupMember AllStaff -Recursive | ForEach-Object SamAccountName
# Moving the Finance OU moves Pilar; memberships follow.
New-ADOrganizationalUnit -Name Staff -Path "DC=litwareinc,DC=com"
Move-ADObject -Identity "OU=Finance,OU=Corp,DC=litwareinc,DC=com" -TargetPath "OU=Staff,DC=litwareinc,DC=com"
Get-ADUser pilar | Format-List DistinguishedName, MemberOf, City, State
Remove-ADGroupMember -Identity FinanceChat -Members kenmyer
Get-ADUser -Filter { Department -eq "Finance" } | Format-Table Name, Title, MemberOf
Get-ADUser -Filter "Department -eq 'Finance'"
New-ADUser -Name "Pilar Ackerman" -SamAccountName pilar2 -Path "OU=Finance,OU=Staff,DC=litwareinc,DC=com"
