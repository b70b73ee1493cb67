<#
.SYNOPSIS
    Enables the users listed in a CSV file for Lync and logs each result.
.NOTES
    Columns: SipAddress, DisplayName, Pool. Run from the folder holding the CSV.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$CsvFile = "new-hires.csv",
    [string]$LogFile = "enable-users.log"
)

Import-Module Lync
Start-Transcript -Path "enable-users-transcript.txt"

function Write-Log {
    param([string]$Message, [string]$Level = "INFO")
    $line = "{0} [{1}] {2}" -f (Get-Date -Format "yyyy-MM-dd HH:mm:ss"), $Level, $Message
    Add-Content -Path $LogFile -Value $line
}

if (-not (Test-Path $CsvFile)) {
    Write-Error "Input file $CsvFile was not found"
    exit 2
}

$rows = Import-Csv -Path $CsvFile
Write-Log "Read $($rows.Count) rows from $CsvFile"
$enabled = 0
$failed = 0

foreach ($row in $rows) {
    try {
        Enable-CsUser -Identity $row.SipAddress -DisplayName $row.DisplayName `
            -RegistrarPool $row.Pool -ErrorAction Stop
        Write-Log "Enabled $($row.SipAddress) on $($row.Pool)"
        $enabled++
    }
    catch {
        Write-Log "Could not enable $($row.SipAddress): $($_.Exception.Message)" "ERROR"
        $failed++
    }
}

Write-Log "Done: $enabled enabled, $failed failed"
Write-Host "Enabled $enabled user(s); $failed failure(s). See $LogFile."
Stop-Transcript
