# invalid_proxy_fqdn: an allowed domain and its ProxyFqdn are DNS names.
New-CsAllowedDomain -Identity fabrikam.com -ProxyFqdn sip.fabrikam.com
# A port is no part of a DNS name: rejected.
New-CsAllowedDomain -Identity litwareinc.com -ProxyFqdn sip.litwareinc.com:5061
Get-CsAllowedDomain | Select-Object Identity, ProxyFqdn
