# ConvertTo-Csv and ConvertFrom-Csv as Windows PowerShell 5.1 writes and reads them.
$rows = @(
    [pscustomobject]@{ Room = 'Sales'; Members = 2; Note = 'say "hi"' }
    [pscustomobject]@{ Room = 'Legal'; Members = 0; Note = $null }
)
$rows | ConvertTo-Csv
$rows | ConvertTo-Csv -NoTypeInformation -Delimiter ';'
'sip:ann@contoso.com' | ConvertTo-Csv -NoTypeInformation
@{ Pool = 'p1' } | ConvertTo-Csv -NoTypeInformation
$parsed = "Room,Members`nSales,2`n`nLegal,0" | ConvertFrom-Csv
$parsed | Format-Table
'Sales;2', 'Legal;0' | ConvertFrom-Csv -Delimiter ';' -Header Room, Members, Extra | Format-List
'a,,b', '1,2,3' | ConvertFrom-Csv | Format-Table
'Name,name', 'x,y' | ConvertFrom-Csv
'x' | ConvertTo-Csv -Delimiter '::'
