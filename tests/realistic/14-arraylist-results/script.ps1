# Collects per-user results in lists and writes a CSV of them.
$results = New-Object System.Collections.ArrayList
$errors = [System.Collections.Generic.List[string]]::new()
foreach ($sip in 'sip:ann@contoso.com', 'sip:nobody@contoso.com', 'sip:cho@contoso.com') {
    $user = Get-CsUser -Identity $sip -ErrorAction SilentlyContinue
    if ($user) {
        [void]$results.Add([pscustomobject]@{ SipAddress = $sip; Pool = $user.RegistrarPool; Found = $true })
    } else {
        $errors.Add("$sip is not enabled")
        $results.Add([pscustomobject]@{ SipAddress = $sip; Pool = ""; Found = $false }) | Out-Null
    }
}
"Results: $($results.Count), errors: $($errors.Count)"
$errors
$results | Export-Csv -Path "lookup.csv" -NoTypeInformation
$columns = $results[0].PSObject.Properties | ForEach-Object { $_.Name }
"Columns: $($columns -join ', ')"
$results.GetType().FullName
