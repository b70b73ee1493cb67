# duplicate_domain: a domain is listed as an allowed domain once.
New-CsAllowedDomain -Identity fabrikam.com -Comment "Partner since 2012"
# Listed already: rejected, the first entry and its comment stay.
New-CsAllowedDomain -Identity fabrikam.com -Comment "Second try"
Get-CsAllowedDomain | Select-Object Identity, Comment
