# unknown_group: a group must be described with New-ADGroup before it is used.
New-ADUser -Name 'Pilar Ackerman' -SamAccountName pilar -UserPrincipalName pilar@contoso.com
New-ADGroup -Name FinanceStaff -GroupScope Global
Add-ADGroupMember -Identity FinanceStaff -Members pilar
# A typo in the group's name.
Add-ADGroupMember -Identity FinanceStaf -Members pilar
(Get-ADGroupMember FinanceStaff).SamAccountName
