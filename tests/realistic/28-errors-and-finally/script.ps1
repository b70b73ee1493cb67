# Every Cs call in try/catch, errors counted and kept; the summary always runs.
$ErrorActionPreference = "Stop"
$failures = @()
$plan = @(
    @{ Sip = "sip:ann@contoso.com"; Target = "lync2013.contoso.com" },
    @{ Sip = "sip:ben@contoso.com"; Target = "nowhere.contoso.com" },
    @{ Sip = "sip:ghost@contoso.com"; Target = "lync2013.contoso.com" },
    @{ Sip = "sip:cho@contoso.com"; Target = "lync2013.contoso.com" }
)
foreach ($p in $plan) {
    try {
        Move-CsUser -Identity $p.Sip -Target $p.Target
        Write-Verbose "moved $($p.Sip)"
    }
    catch {
        $failures += [pscustomobject]@{ Sip = $p.Sip; Reason = $_.Exception.Message }
    }
    finally {
        Add-Content -Path "attempts.log" -Value "tried $($p.Sip) -> $($p.Target)"
    }
}
"{0} of {1} moves failed" -f $failures.Count, $plan.Count
$failures | Format-List
$failures | ConvertTo-Csv -NoTypeInformation | Set-Content "failures.csv"
