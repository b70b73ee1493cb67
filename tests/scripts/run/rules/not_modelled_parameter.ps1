# not_modelled_parameter: a parameter with no effect in a rehearsal is accepted and noted once per run.
New-Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser sip:ann@contoso.com -RegistrarPool lync2013.contoso.com

# Passes: the same query without the directory-only parameter.
Get-CsUser sip:ann@contoso.com | Select-Object -ExpandProperty SipAddress

# Warns once, although the parameter is given twice: a rehearsal has one directory.
Get-CsUser -DomainController dc01.contoso.com | Select-Object -ExpandProperty SipAddress
Get-CsUser -DomainController dc02.contoso.com | Select-Object -ExpandProperty DisplayName
