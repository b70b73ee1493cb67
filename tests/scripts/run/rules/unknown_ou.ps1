# unknown_ou: -Path and -TargetPath name a domain, its CN=Users or a described OU.
New-ADOrganizationalUnit -Name Finance -Path 'DC=contoso,DC=com'
New-ADUser -Name 'Pilar Ackerman' -SamAccountName pilar -UserPrincipalName pilar@contoso.com
# The OU is spelled wrong: nothing moves.
Move-ADObject -Identity pilar -TargetPath 'OU=Finanse,DC=contoso,DC=com'
(Get-ADUser pilar).DistinguishedName
