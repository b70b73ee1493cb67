# Get-CsAllowedDomain: every domain, one by name, by -Filter, by proxy and by monitoring.
New-CsAllowedDomain -Identity fabrikam.com
New-CsAllowedDomain -Identity eu.fabrikam.com -ProxyFqdn sip.eu.fabrikam.com -MarkForMonitoring $true
New-CsAllowedDomain -Identity litwareinc.com -VerificationLevel AlwaysVerifiable
Get-CsAllowedDomain
Get-CsAllowedDomain -Identity fabrikam.com | Select-Object Identity, VerificationLevel
Get-CsAllowedDomain -Filter *fabrikam* | ForEach-Object { $_.Identity }
Get-CsAllowedDomain | Where-Object {$_.ProxyFqdn -eq $Null} | ForEach-Object { $_.Identity }
Get-CsAllowedDomain | Where-Object {$_.MarkForMonitoring -eq $True} | ForEach-Object { $_.Identity }
Get-CsAllowedDomain -Identity contoso.com
