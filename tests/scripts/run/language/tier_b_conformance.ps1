# The Tier B conformance cases of language.md, with PowerShell 5.1's documented results.
$a = 1,2,3; $a[-1]
try { throw 'x' } catch { $_.Exception.Message }
[int]'5' + 1
function f { param($n = 2) $n * 3 }; f
:o foreach ($i in 1..2) { foreach ($j in 1..2) { if ($j -eq 2) { continue o }; "$i$j" } }
# More control flow.
$n = 0
while ($n -lt 3) { $n++ }
$n
do { $n-- } until ($n -le 0)
$n
for ($i = 0; $i -lt 3; $i++) { "for $i" }
$total = 0
foreach ($x in 1..10) { if ($x -gt 4) { break }; $total += $x }
$total
if ($total -eq 10) { 'ten' } elseif ($total -gt 10) { 'more' } else { 'less' }
# Indexing, slices, casts and methods.
$list = 'a', 'b', 'c', 'd'
$list[1..2]
$list[0, 3]
[string]42 + 1
[double]'1.5' * 2
[bool]'' -eq $false
'Contoso'.ToUpper()
'Contoso'.Contains('tos')
$list.Count
$h = @{}
$h.Add('k', 1)
$h.ContainsKey('k')
# Scopes.
$script:counter = 0
function Add-One { $script:counter++ }
Add-One; Add-One
$script:counter
function Get-Local { $inner = 'local'; $inner }
Get-Local
"inner is [$inner]"
# return and exit codes of functions.
function Get-First { foreach ($i in 1..5) { if ($i -eq 2) { return $i } } }
Get-First
# Errors: finally always runs; runtime errors are catchable.
try { 1 / 0 } catch { "caught: $($_.FullyQualifiedErrorId)" } finally { 'finally' }
try { $null.Missing() } catch { 'method on null caught' }
