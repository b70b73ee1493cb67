# The deployment: a Lync Server 2010 pool being retired and its Lync Server 2013 successor.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond -Edition Enterprise
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond -Edition Enterprise
foreach ($name in 'ann', 'ben', 'cho', 'dev', 'eli', 'fay') {
    Enable-CsUser -Identity "sip:$name@contoso.com" -RegistrarPool lync2010.contoso.com
}
