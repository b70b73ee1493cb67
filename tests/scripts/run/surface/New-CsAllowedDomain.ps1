# New-CsAllowedDomain: by identity, with every property, by -Domain, and in memory.
New-CsAllowedDomain -Identity "fabrikam.com"
New-CsAllowedDomain -Identity "litwareinc.com" -ProxyFqdn "proxy.litwareinc.com" -MarkForMonitoring $True -Comment "Contact: Pilar Ackerman (pilar@litwareinc.com)"
New-CsAllowedDomain -Domain northwindtraders.com -VerificationLevel AlwaysUnverifiable -Force
# Prepared in memory, edited, then stored with Set-CsAllowedDomain.
$x = New-CsAllowedDomain -Identity "adatum.com" -InMemory
"before storing: $(@(Get-CsAllowedDomain -Filter adatum*).Count)"
$x.ProxyFqdn = "proxy.adatum.com"
$x.MarkForMonitoring = $True
$x.Comment = "Contact: Ken Myer (kenmyer@adatum.com)"
Set-CsAllowedDomain -Instance $x
Get-CsAllowedDomain | Format-Table Identity, ProxyFqdn, VerificationLevel, MarkForMonitoring, Comment
New-CsAllowedDomain -Identity tailspin.com -VerificationLevel Sometimes
