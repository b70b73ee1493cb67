# Disables a batch of leavers; the batch and the mode come from the command line.
param(
    [Parameter(Mandatory = $true)]
    [string]$LeaversFile,
    [string]$Mode = "Report",
    [int]$MaxUsers = 10
)

$leavers = @(Get-Content -Path $LeaversFile)
if ($leavers.Count -gt $MaxUsers) {
    Write-Error "Refusing to process $($leavers.Count) users (limit $MaxUsers)"
    exit 3
}
Write-Output "Mode: $Mode, users: $($leavers.Count)"
foreach ($sip in $leavers) {
    if ($Mode -eq "Disable") {
        Disable-CsUser -Identity $sip
        Add-Content -Path "leavers.log" -Value "disabled $sip"
    } else {
        Add-Content -Path "leavers.log" -Value "would disable $sip"
    }
}
(Get-CsUser).Count
