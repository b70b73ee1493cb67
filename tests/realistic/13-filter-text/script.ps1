# The same query written the three ways found in admin scripts.
Move-CsUser -Identity sip:ann@contoso.com -Target lync2013.contoso.com
Move-CsUser -Identity sip:ben@contoso.com -Target lync2013.contoso.com

$a = Get-CsUser -Filter {RegistrarPool -eq "lync2013.contoso.com"}
$b = Get-CsUser -Filter "RegistrarPool -eq 'lync2013.contoso.com'"
$pool = "lync2013.contoso.com"
$c = Get-CsUser -Filter "RegistrarPool -eq '$pool' -and SipAddress -like 'sip:a*'"
"block: $(@($a).Count), text: $(@($b).Count), text with two terms: $(@($c).Count)"
$c.SipAddress
Get-CsUser -Filter "RegistrarPool -eq" | Out-Null
