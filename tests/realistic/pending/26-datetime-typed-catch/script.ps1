# Dates in logs and a typed catch around a bad move.
$start = Get-Date
$deadline = $start.AddDays(7)
"Cut-over due {0}" -f $deadline.ToString("yyyy-MM-dd")
try {
    Move-CsUser -Identity sip:nobody@contoso.com -Target lync2013.contoso.com -ErrorAction Stop
}
catch [System.Management.Automation.RuntimeException] {
    "runtime: $($_.Exception.Message)"
}
catch {
    "other: $($_.Exception.Message)"
}
if ((Get-Date) -ge $start) { "clock ok" }
