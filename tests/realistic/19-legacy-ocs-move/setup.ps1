# OCS 2007 R2 being replaced by Lync Server 2010.
New-Site -Identity Paris
New-Pool -Fqdn ocs.contoso.com -Version Ocs2007R2 -Site Paris -Edition Enterprise
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Paris -Edition Enterprise
foreach ($name in 'lea', 'max', 'noe') {
    Enable-CsUser -Identity "sip:$name@contoso.com" -RegistrarPool ocs.contoso.com
}
