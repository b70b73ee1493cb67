# duplicate_ad_object: a DN is unique, a SamAccountName per domain and a UPN per forest.
New-ADOrganizationalUnit -Name Finance -Path 'DC=contoso,DC=com'
New-ADUser -Name 'Ken Myer' -SamAccountName kenmyer -UserPrincipalName kenmyer@contoso.com -Path 'OU=Finance,DC=contoso,DC=com'
# Another Ken Myer elsewhere is fine; a second kenmyer logon in contoso.com is not.
New-ADUser -Name 'Ken Myer' -SamAccountName kmyer -UserPrincipalName kmyer@contoso.com
New-ADUser -Name 'Kenneth Myer' -SamAccountName kenmyer -UserPrincipalName kenneth@contoso.com
Get-ADUser -Filter * | Select-Object Name, SamAccountName
