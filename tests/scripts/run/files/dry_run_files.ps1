# args: --dry-run
# In a dry run nothing is written, created or removed, yet later commands see the would-be
# files: the content written, appended, exported and removed earlier in the same run.
$dir = 'target/e2e-files/everyday/dry-run'
New-Item -ItemType Directory -Path $dir | Out-Null
Test-Path $dir
Set-Content "$dir/log.txt" 'first line'
Add-Content "$dir/log.txt" 'second line'
Get-Content "$dir/log.txt"
[pscustomobject]@{ User = 'sip:ann@contoso.com'; Pool = 'lync2013.contoso.com' } |
    Export-Csv "$dir/report.csv" -NoTypeInformation
(Import-Csv "$dir/report.csv").Pool
Remove-Item "$dir/log.txt"
Test-Path "$dir/log.txt"
Get-Content "$dir/log.txt"
