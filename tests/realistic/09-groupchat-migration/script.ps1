# Legacy Group Chat to Persistent Chat: the runbook's steps 4 to 9, each logged.
$log = "migration-steps.log"
$step = 0
function Step([string]$what) {
    $script:step++
    Add-Content -Path $log -Value ("Step {0}: {1}" -f $script:step, $what)
    Write-Host "Step $($script:step): $what"
}

Step "move the users to Lync Server 2013"
Get-CsUser -Filter {RegistrarPool -eq "lync2010.contoso.com"} | Move-CsUser -Target lync2013.contoso.com

Step "stop both chat services"
Stop-ChatPool -Identity gc2010.contoso.com
Stop-ChatPool -Identity pchat.contoso.com

Step "migrate the chat data"
Move-ChatData -Source gc2010.contoso.com -Target pchat.contoso.com

Step "start Persistent Chat"
Start-ChatPool -Identity pchat.contoso.com

Step "point the clients at the new pool"
Get-CsUser | Set-CsUser -GroupChatPool pchat.contoso.com

Step "check the legacy pool can go"
$blockers = Test-Decommission -ChatPool gc2010.contoso.com
if ($blockers) {
    Add-Content -Path $log -Value "blockers: $($blockers.Count)"
} else {
    Remove-ChatPool -Identity gc2010.contoso.com
    Add-Content -Path $log -Value "gc2010.contoso.com removed"
}
Get-MigrationStatus
