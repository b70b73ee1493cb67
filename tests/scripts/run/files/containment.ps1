# Nothing outside the contained folders (the script's folder, the working folder, paths named
# on the command line) is read, written or removed, not even through Invoke-Expression; no
# program is started and no connection opened. Each attempt is a coded error.
Get-Content /etc/hostname
Import-Csv ../../outside.csv
Set-Content -Path ..\escape.txt -Value 'x'
Out-File -FilePath 'C:\Windows\Temp\x.txt' -InputObject 'x'
Remove-Item . -Recurse
Remove-Item tests/scripts/run/files -Recurse
Test-Path ~/.ssh
Invoke-Expression 'Get-Content /etc/hostname'
Invoke-Expression 'Start-Process calc.exe'
Start-Process notepad.exe -ArgumentList 'x.txt'
Invoke-WebRequest -Uri https://lyncpool.contoso.com -UseBasicParsing
Invoke-RestMethod https://api.contoso.com/users
$web = New-Object System.Net.WebClient
Test-Connection lyncfe01.contoso.com -Count 1 -Quiet
'the script went on'
