# Idioms: assignment as a value, Func($x) calls, the & operator.
function Get-Pool2010Count($pool) { @(Get-CsUser -Pool $pool).Count }
if ($u = Get-CsUser -Identity sip:ann@contoso.com -ErrorAction SilentlyContinue) {
    "found $($u.SipAddress)"
}
$n = Get-Pool2010Count("lync2010.contoso.com")
"on 2010: $n"
$cmd = "Get-CsUser"
(& $cmd).Count
$lines = Get-Content "queue.txt"
$i = 0
while (($line = $lines[$i]) -ne $null) { "queued: $line"; $i++ }
