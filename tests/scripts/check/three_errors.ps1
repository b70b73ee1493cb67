# Three independent syntax errors: each is reported with its own span, nothing runs.
Write-Output 'first' )
$ok = 1
$y = 5 * * 2
Write-Output 'fine'
foreach ($i 1..3) { $i }
