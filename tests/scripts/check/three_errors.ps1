# Three independent syntax errors: each is reported, nothing runs.
Write-Output 'first' )
$ok = 1
$x = (1 +
Write-Output 'fine'
Get-User -Identity "unterminated
