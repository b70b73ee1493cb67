[CmdletBinding()]
param(
    [string]$TargetPool = 'lync2013.contoso.com',
    [int]$BatchSize = 2
)
$ErrorActionPreference = 'Continue'
$users = @(
    [pscustomobject]@{ SipAddress = 'sip:ann@contoso.com'; Pool = 'lync2010.contoso.com'; Enabled = $true },
    [pscustomobject]@{ SipAddress = 'sip:bob@contoso.com'; Pool = 'lync2010.contoso.com'; Enabled = $false },
    [pscustomobject]@{ SipAddress = 'sip:cy@contoso.com'; Pool = $TargetPool; Enabled = $true }
)
function Move-Batch {
    param([Parameter(Mandatory, ValueFromPipeline)]$User, [string]$Target)
    begin { $moved = 0 }
    process {
        if ($User.Pool -eq $Target) {
            Write-Warning "$($User.SipAddress) already on $Target"
            return
        }
        if (-not $User.Enabled) {
            Write-Error "$($User.SipAddress) is disabled"
            return
        }
        $User.Pool = $Target
        $moved++
        $User
    }
    end { Write-Host ("Moved {0} user(s)" -f $moved) }
}
$result = $users | Move-Batch -Target $TargetPool
"Result: $($result.Count) -> $($result.SipAddress -join ', ')"
$failed = @($Error | ForEach-Object { $_.Exception.Message })
"Failed: $($failed -join '; ')"
$summary = @{}
foreach ($u in $users) {
    $key = $u.Pool
    if (-not $summary.ContainsKey($key)) { $summary[$key] = 0 }
    $summary[$key] += 1
}
$summary.Keys | Sort-Object | ForEach-Object { '{0,-25} {1,3}' -f $_, $summary[$_] }
try {
    $users | Where-Object { $_.SipAddress -like '*bob*' } | ForEach-Object { throw "cannot handle $($_.SipAddress)" }
} catch {
    "caught: $_"
} finally {
    'done'
}
exit $failed.Count
