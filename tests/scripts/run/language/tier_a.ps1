# Every Tier A feature of language.md, with PowerShell 5.1's documented results.
# Commands in any casing, module-qualified names and aliases.
write-output 'casing'
WRITE-OUTPUT 'CASING'
Microsoft.PowerShell.Utility\Write-Output 'qualified'
echo 'alias'
# Strings: expansion, escapes, subexpressions, smart quotes.
$name = 'Ann'
"Hello $name"
'Hello $name'
"a`tb"
"Count: $(1 + 2)"
‘smart single’
“smart $name”
'it''s'
# Numbers.
1kb
0x10
1.5mb
-5
Write-Output 16p
Write-Output 1_6
# Arrays, hashtables, @() and member access.
@().Count
@(1).Count
(1, 2, 3).Count
'abc'.Length
$h = @{Add = 'x'; Remove = 'y'}
$h.Add
$h['Remove']
$h.Count
# Pipelines, $_ and $PSItem, script blocks.
1, 2, 3 | ForEach-Object { $_ * 2 }
1..5 | Where-Object { $PSItem -gt 3 }
1..4 | Where-Object { $_ % 2 -eq 0 } | ForEach-Object { "even $_" }
# Operators.
"abc" -like "a*"
"ABC" -eq "abc"
"ABC" -ceq "abc"
1, 2, 3 -gt 1
$null -eq $x
'a,b,c' -split ','
'a', 'b' -join '-'
'pool01' -replace '\d+', 'XX'
'sip:ann@contoso.com' -match '^sip:(\w+)@'
$Matches[1]
3 -in 1, 2, 3
1, 2 -contains 5
10 / 4
7 % 3
-not $true
!$false
$true -and $false
$true -xor $true
'5' -as [int]
5 -is [int]
1 + '2'
'1' + 2
# Comments <# block #> are ignored.
<# a block
comment #> 'after block comment'
