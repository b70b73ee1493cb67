# Keeps each run's reports in a dated folder under .\reports.
$root = Join-Path $PSScriptRoot "reports"
$day = Get-Date -Format "yyyyMMdd"
$folder = Join-Path $root $day
if (-not (Test-Path $folder)) {
    New-Item -ItemType Directory -Path $folder | Out-Null
}
$file = Join-Path $folder "users.csv"
Get-CsUser | Select-Object SipAddress, RegistrarPool | Export-Csv -Path $file -NoTypeInformation
"Leaf: $(Split-Path $file -Leaf)"
"Base name: $([System.IO.Path]::GetFileNameWithoutExtension($file))"
"Extension: $([IO.Path]::GetExtension($file))"
"Parent leaf: $(Split-Path (Split-Path $file -Parent) -Leaf)"
Test-Path (Join-Path $folder "users.csv")
