# An administrator's helper script: functions with param() blocks, loops, and try/catch
# around cmdlets, in the style real Lync migration scripts are written.
[CmdletBinding()]
param(
    [string]$SipDomain = 'contoso.com',
    [int]$UserCount = 6
)

function New-LabTopology {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Site,
        [ValidateSet('Lync2010', 'Lync2013')][string]$Version = 'Lync2013'
    )
    New-Site -Identity $Site
    $fqdn = "$($Version.ToLower()).$SipDomain"
    New-Pool -Fqdn $fqdn -Version $Version -Site $Site
    return $fqdn
}

function ConvertTo-SipAddress {
    param([Parameter(Mandatory, ValueFromPipeline)][string]$Name)
    process { "sip:$($Name.ToLower())@$SipDomain" }
}

function Remove-PoolSafely {
    param([Parameter(Mandatory)][string]$Fqdn)
    try {
        Remove-Pool -Identity $Fqdn -ErrorAction Stop
        "removed: $Fqdn"
    } catch {
        "kept: $Fqdn ($($_.FullyQualifiedErrorId))"
    }
}

$legacy = New-LabTopology -Site Redmond -Version Lync2010
New-Pool -Fqdn "lync2013.$SipDomain" -Version Lync2013 -Site Redmond
"legacy pool: $legacy"

$names = foreach ($i in 1..$UserCount) { "User$i" }
$sips = $names | ConvertTo-SipAddress
$sips[0]
$sips.Count

foreach ($sip in $sips) {
    New-User -Identity $sip -DisplayName ($sip -replace '^sip:|@.*$', '') -Pool $legacy
}
(Get-User).Count

# Move in batches of two; stop the batch loop at the first failure.
$moved = 0
for ($batch = 0; $batch -lt $sips.Count; $batch += 2) {
    foreach ($sip in $sips[$batch..($batch + 1)]) {
        try {
            Move-User -Identity $sip -Target "lync2013.$SipDomain" -ErrorAction Stop
            $moved++
        } catch {
            Write-Warning "could not move ${sip}: $($_.Exception.Message)"
        }
    }
}
"moved $moved of $($sips.Count)"

# Moving again fails for every user: caught per user, the loop goes on.
$failures = 0
foreach ($sip in $sips[0..1]) {
    try {
        Move-User -Identity $sip -Target "lync2013.$SipDomain" -ErrorAction Stop
    } catch {
        $failures++
        $_.FullyQualifiedErrorId
    }
}
"failures: $failures"

Remove-PoolSafely $legacy
Remove-PoolSafely -Fqdn "lync2013.$SipDomain"
Get-User | Where-Object { $_.RegistrarPool -like 'lync2013*' } | Measure-Object | Select-Object -ExpandProperty Count
