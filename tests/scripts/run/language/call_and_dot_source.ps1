# The `&` and `.` operators: script blocks, command names in variables, script files.
. .\tests\fixtures\language\helpers.ps1
Format-Sip -Name ann
"helpers $HelperVersion"

# `&` runs the file in its own scope: its variables do not stay.
$HelperVersion = $null
& .\tests\fixtures\language\helpers.ps1
"after & the version is '$HelperVersion'"

$command = 'Write-Output'
& $command 'from a variable'
$steps = @{ Enable = { param($u) "enable $u" }; Move = { param($u) "move $u" } }
foreach ($step in 'Enable', 'Move') { & $steps[$step] bob }

# A file outside the contained folders is refused before anything is read.
. ..\..\outside\tools.ps1
'the script goes on'
