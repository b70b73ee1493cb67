# Moves the users of a wave file to the Lync Server 2013 pool, one at a time, with a log.
param(
    [string]$WaveFile = "wave1.csv",
    [string]$TargetPool = "lync2013.contoso.com"
)

$log = "move-wave1.log"
Set-Content -Path $log -Value "Move of $WaveFile to $TargetPool"
Start-Transcript -Path "move-wave1-transcript.txt" -Append

$users = Import-Csv $WaveFile
$moved = @()
$skipped = @()
foreach ($u in $users) {
    $current = Get-CsUser -Identity $u.SipAddress -ErrorAction SilentlyContinue
    if ($current -eq $null) {
        Add-Content $log "SKIP $($u.SipAddress): not enabled for Lync"
        $skipped += $u.SipAddress
        continue
    }
    if ($current.RegistrarPool -eq $TargetPool) {
        Add-Content $log "SKIP $($u.SipAddress): already on $TargetPool"
        $skipped += $u.SipAddress
        continue
    }
    try {
        Move-CsUser -Identity $u.SipAddress -Target $TargetPool -Confirm:$false -ErrorAction Stop
        Add-Content $log "MOVED $($u.SipAddress) from $($current.RegistrarPool)"
        $moved += $u.SipAddress
    }
    catch {
        Add-Content $log "FAIL $($u.SipAddress): $($_.Exception.Message)"
    }
}
"Moved: {0}, skipped: {1}" -f $moved.Count, $skipped.Count
Get-CsUser | Sort-Object SipAddress | Format-Table SipAddress, RegistrarPool -AutoSize
Stop-Transcript
