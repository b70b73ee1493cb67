# invalid_tel_uri: line URIs are tel:+digits with an optional ;ext=digits.
New-Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
Set-CsUser -Identity sip:ann@contoso.com -LineURI 'tel:+14255550100;ext=100'
# A number without tel:+ is rejected; the earlier one stays.
Set-CsUser -Identity sip:ann@contoso.com -LineURI '425-555-0101'
(Get-CsUser sip:ann@contoso.com).LineURI
