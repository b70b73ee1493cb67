# Remove-CsAllowedDomain: by identity, piped from -Filter, by proxy and by comment.
New-CsAllowedDomain -Identity fabrikam.com -ProxyFqdn sip.fabrikam.com
New-CsAllowedDomain -Identity eu.fabrikam.com -ProxyFqdn sip.eu.fabrikam.com
New-CsAllowedDomain -Identity litwareinc.com
New-CsAllowedDomain -Identity adatum.com -ProxyFqdn sip.adatum.com -Comment "Contact: Ken Myer"
New-CsAllowedDomain -Identity tailspin.com -ProxyFqdn sip.tailspin.com
Remove-CsAllowedDomain -Identity tailspin.com
Get-CsAllowedDomain -Filter *fabrikam* | Remove-CsAllowedDomain
Get-CsAllowedDomain | Where-Object {$_.ProxyFqdn -eq $Null} | Remove-CsAllowedDomain -Force
Get-CsAllowedDomain | Where-Object {$_.Comment -match "Ken Myer"} | Remove-CsAllowedDomain
@(Get-CsAllowedDomain).Count
Remove-CsAllowedDomain -Identity fabrikam.com
