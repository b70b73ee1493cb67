# Removes Lync from accounts of people who left, from the HR export.
$hr = Import-Csv -Path "hr-leavers.csv" -Delimiter ";"
$report = foreach ($person in $hr) {
    $sip = $person.Mail -replace '^', 'sip:'
    $found = Get-CsUser -Identity $sip -ErrorAction SilentlyContinue
    if ($found) {
        Disable-CsUser -Identity $sip
        [pscustomobject]@{ Sip = $sip; LastDay = $person.LastDay; Action = "Disabled" }
    } else {
        [pscustomobject]@{ Sip = $sip; LastDay = $person.LastDay; Action = "NotFound" }
    }
}
$report | Export-Csv -Path "leavers-report.csv" -NoTypeInformation
$report | Format-Table -AutoSize
