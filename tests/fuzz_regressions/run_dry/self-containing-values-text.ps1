$h = @{}; $h.a = $h; $h
$h | Format-Table
$h | Select-Object *
$a = @(1, 2); $a[0] = $a; $a
$a -eq $a
$a | Group-Object
$o = [pscustomobject]@{a = 1}; $o.a = $o; $o
$o.a = @($o); $o
