# Get-CsUser -Identity, Set-CsUser and Disable-CsUser on described accounts.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-cs-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ADOrganizationalUnit -Name Finance -Path "DC=litwareinc,DC=com"
# The accounts, described from a table with splatting.
$finance = "OU=Finance,DC=litwareinc,DC=com"
@(
    @{ Name = "Pilar Ackerman"; SamAccountName = "pilar"; Department = "Finance"; Path = $finance }
    @{ Name = "Ken Myer"; SamAccountName = "kenmyer"; Department = "Finance"; Path = $finance }
    @{ Name = "Dmitri Ivanov"; SamAccountName = "dmitri"; Department = "Sales" }
) | ForEach-Object {
    $account = $_
    New-ADUser @account -DisplayName $account.Name -UserPrincipalName "$($account.SamAccountName)@litwareinc.com"
}
Get-CsAdUser | Enable-CsUser -RegistrarPool atl-cs-001.litwareinc.com -SipAddressType SamAccountName -SipDomain litwareinc.com
New-ChatPool -Fqdn atl-pc-001.litwareinc.com -HomePool atl-cs-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-CsPersistentChatCategory -Name Finance -PersistentChatPoolFqdn atl-pc-001.litwareinc.com -AllowedMembers sip:pilar@litwareinc.com, sip:kenmyer@litwareinc.com
# Set-CsUser example 1.
Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True
# Set-CsUser example 2: every Finance user, piped.
Get-CsUser | Where-Object { $_.DistinguishedName -like "*OU=Finance*" } | Set-CsUser -EnterpriseVoiceEnabled $True -ExchangeArchivingPolicy ArchivingToExchange
# Set-CsUser example 3, and the other voice properties.
Set-CsUser -Identity "Pilar Ackerman" -LineUri "tel:+123456789" -PrivateLine "tel:+123456700;ext=12" -AudioVideoDisabled $True -HostedVoiceMail $True
Get-CsUser | Format-Table DisplayName, EnterpriseVoiceEnabled, LineURI, ExchangeArchivingPolicy
# A new SIP address: the category's list follows.
Set-CsUser -Identity kenmyer@litwareinc.com -SipAddress sip:ken.myer@litwareinc.com
(Get-CsPersistentChatCategory atl-pc-001.litwareinc.com\Finance).AllowedMembers
# Enabled: the Lync side is kept; the account shows it.
Set-CsUser -Identity "Dmitri Ivanov" -Enabled $False
(Get-CsAdUser "Dmitri Ivanov").Enabled
# Get-CsUser examples 1 and 2.
Get-CsUser | Format-Table -Property DisplayName, SipAddress, EnterpriseVoiceEnabled -AutoSize
Get-CsUser | Format-Table SamAccountName, UserPrincipalName, DistinguishedName
# Get-CsUser examples 3 and 4, each other form of -Identity, and -Credential.
Get-CsUser -Identity "Pilar Ackerman"
Get-CsUser -Identity "Pilar*" | ForEach-Object SipAddress
"sip:ken.myer@litwareinc.com", "kenmyer@litwareinc.com", "litwareinc\kenmyer", "CN=Ken Myer,OU=Finance,DC=litwareinc,DC=com" | ForEach-Object { (Get-CsUser -Identity $_).DisplayName }
$cred = "LITWAREINC\admin"
Get-CsUser -Identity dmitri@litwareinc.com -Credential $cred | ForEach-Object DistinguishedName
# Disable-CsUser example 1; the account stays.
Disable-CsUser -Identity "Ken Myer"
Get-CsAdUser "Ken Myer" | Format-Table DisplayName, SipAddress, Enabled
# Disable-CsUser examples 2 and 3: the users a query selects, piped.
Get-CsUser | Where-Object { $_.DisplayName -like "*Ivanov" } | Disable-CsUser
@(Get-CsUser).Count
# The account is found again.
Enable-CsUser -Identity "Ken Myer" -RegistrarPool atl-cs-001.litwareinc.com -SipAddressType SamAccountName -SipDomain litwareinc.com
Get-CsAdUser | Format-Table DisplayName, SipAddress, Enabled
Set-CsUser -Identity "Pilar Ackerman" -ExchangeArchivingPolicy Sometimes
