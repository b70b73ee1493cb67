# The two-step chat migration of the runbook: export from Group Chat, import into Persistent
# Chat, with a report file for each step and a log that survives failures.
$log = "two-step.log"
$export = "gc2010-data.json"
function Log([string]$text) { Add-Content -Path $log -Value $text }

try {
    Stop-ChatPool -Identity gc2010.contoso.com -ErrorAction Stop
    Stop-ChatPool -Identity pchat.contoso.com -ErrorAction Stop
    Log "services stopped"
    Export-CsPersistentChatData -DBInstance "gc2010.contoso.com\rtc" -Legacy -FileName $export `
        -Report "export-report.txt" -ErrorAction Stop
    Log "exported"
    Import-CsPersistentChatData -ChatPool pchat.contoso.com -FileName $export `
        -Report "import-report.txt" -ErrorAction Stop
    Log "imported"
}
catch {
    Log "FAILED: $($_.Exception.Message)"
    Write-Warning "migration stopped: $($_.Exception.Message)"
}
finally {
    Start-ChatPool -Identity pchat.contoso.com
    Log "pchat.contoso.com started"
}
Get-CsPersistentChatRoom | Select-Object Name, Category
