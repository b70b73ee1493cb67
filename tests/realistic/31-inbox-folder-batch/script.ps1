# Processes every wave file dropped in .\inbox, then files a copy under .\done.
$inbox = "inbox"
if (-not (Test-Path "done")) { New-Item -ItemType Directory -Path "done" | Out-Null }
$waves = Get-ChildItem -Path $inbox -Filter "*.csv" -File
"{0} wave file(s) waiting" -f @($waves).Count
foreach ($wave in $waves) {
    $rows = Import-Csv -Path (Join-Path $inbox $wave.Name)
    foreach ($row in $rows) {
        Move-CsUser -Identity $row.Sip -Target lync2013.contoso.com
    }
    Copy-Item -Path (Join-Path $inbox $wave.Name) -Destination (Join-Path "done" $wave.Name)
    Add-Content -Path "batch.log" -Value ("{0}: {1} user(s)" -f $wave.Name, @($rows).Count)
}
Get-ChildItem "done" | Select-Object -ExpandProperty Name
Get-ChildItem | Where-Object { $_.PSIsContainer } | ForEach-Object { "folder: " + $_.Name }
