# Set-CsAllowedDomain: by identity, piped from -Filter or Where-Object, and an edited instance.
New-CsAllowedDomain -Identity fabrikam.com
New-CsAllowedDomain -Identity eu.fabrikam.com
New-CsAllowedDomain -Identity litwareinc.com -Comment "Contact: Pilar Ackerman"
Set-CsAllowedDomain -Identity fabrikam.com -Comment "Contact: Ken Myer (kenmyer@fabrikam.com)"
Get-CsAllowedDomain -Filter *fabrikam* | Set-CsAllowedDomain -ProxyFqdn sip.fabrikam.com
Get-CsAllowedDomain | Where-Object {$_.Comment -eq $Null} | Set-CsAllowedDomain -Comment "Need contact information."
$litware = Get-CsAllowedDomain litwareinc.com
$litware.VerificationLevel = "AlwaysVerifiable"
Set-CsAllowedDomain -Instance $litware -MarkForMonitoring $true -Force
Set-CsAllowedDomain fabrikam.com -ProxyFqdn $null
Get-CsAllowedDomain | Format-Table Identity, ProxyFqdn, VerificationLevel, MarkForMonitoring, Comment
# An instance of another kind is refused.
New-Site -Identity Redmond
Get-CsSite | Set-CsAllowedDomain
