# Checks the input's columns before touching anything; a wrong file stops the script.
param([string]$File = "bad-columns.csv")
$required = 'SipAddress', 'TargetPool'
$rows = Import-Csv $File
$columns = $rows[0].PSObject.Properties.Name
$missing = $required | Where-Object { $columns -notcontains $_ }
if ($missing) {
    Write-Warning "Missing column(s): $($missing -join ', ')"
    Add-Content -Path "validation.log" -Value "rejected $File"
    exit 4
}
Write-Output "columns ok"
