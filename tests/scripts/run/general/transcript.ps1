# Start-Transcript records what the run prints (output, host text, warnings, errors) after a
# header; Stop-Transcript adds a footer. The time stamps change from run to run, so they are
# left out here.
$file = 'target/e2e-files/everyday/transcript.txt'
New-Item target/e2e-files/everyday -ItemType Directory -Force | Out-Null
Start-Transcript -Path $file
Write-Host 'moving users'
New-Site Redmond
Get-Site | Select-Object Identity
Write-Warning 'two users skipped'
Get-Site Nowhere
Stop-Transcript
Get-Content $file | Where-Object { $_ -notmatch '^(Start|End) time|^Username|^Process ID|^Host Application' }
Stop-Transcript
Start-Transcript -Path $file -NoClobber
