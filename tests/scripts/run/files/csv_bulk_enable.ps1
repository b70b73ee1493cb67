# A CSV-driven bulk move, as admins write them: the input file (UTF-8 with BOM, CRLF) sits beside
# the script, every user gets a log line, and a report is exported at the end.
$ErrorActionPreference = 'Continue'
$out = 'target/e2e-files/everyday/bulk'
New-Item -ItemType Directory -Path $out -Force | Out-Null
$log = Join-Path $out 'move.log'
Set-Content -Path $log -Value "Bulk move started"

New-Site Redmond
New-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-User sip:ann@contoso.com -DisplayName 'Ann Smith' -Pool lync2010.contoso.com
New-User sip:bob@contoso.com -DisplayName 'Jones, Bob' -Pool lync2010.contoso.com
New-User sip:zoe@contoso.com -DisplayName 'Zoë Martin' -Pool lync2010.contoso.com

$users = Import-Csv "$PSScriptRoot\input\users-bom-crlf.csv"
"$($users.Count) users to move"
$report = foreach ($row in $users) {
    try {
        Move-CsUser -Identity $row.SipAddress -Target $row.TargetPool -Confirm:$false -ErrorAction Stop
        Add-Content -Path $log -Value "moved $($row.DisplayName)"
        [pscustomobject]@{ User = $row.SipAddress; Result = 'Moved' }
    } catch {
        Add-Content -Path $log -Value "failed $($row.SipAddress): $($_.FullyQualifiedErrorId)"
        [pscustomobject]@{ User = $row.SipAddress; Result = 'Failed' }
    }
}
$report | Export-Csv -Path (Join-Path $out 'report.csv') -NoTypeInformation
Get-Content $log
Import-Csv (Join-Path $out 'report.csv') | Where-Object Result -eq 'Failed' | Select-Object -ExpandProperty User
Get-User | Select-Object SipAddress, RegistrarPool
