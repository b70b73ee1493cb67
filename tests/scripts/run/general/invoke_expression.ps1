# Invoke-Expression runs text coexist can parse, in the current scope, under the script's rules.
$pool = 'lync2013.contoso.com'
Invoke-Expression "New-Site Redmond; New-Pool $pool -Version Lync2013 -Site Redmond"
(Get-Pool).Fqdn
iex 'function Get-Target { "target: $pool" }; $answer = 42'
Get-Target
$answer
'1 + 2', '"x" * 3' | Invoke-Expression
Invoke-Expression 'Get-Pool -Identity nope.contoso.com'
Invoke-Expression 'if ($true) {'
Invoke-Expression 'Set-Content ../../escape.txt x'
$loop = 'Invoke-Expression $loop'
Invoke-Expression $loop
'done'
