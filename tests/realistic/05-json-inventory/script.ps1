# Inventory of the deployment as JSON, for the migration tracker.
$inventory = [ordered]@{
    Generated = Get-Date -Format "yyyy-MM-ddTHH:mm:ssZ"
    Pools     = @(Get-CsPool | ForEach-Object { $_.Identity })
    Users     = @(Get-CsUser | Sort-Object SipAddress | ForEach-Object {
        [pscustomobject]@{ Sip = $_.SipAddress; Pool = $_.RegistrarPool }
    })
}
$inventory | ConvertTo-Json -Depth 4 | Set-Content -Path "inventory.json"
$compact = Get-CsUser | Select-Object SipAddress | ConvertTo-Json -Compress
Set-Content -Path "users-compact.json" -Value $compact

# Read it back, as the tracker does.
$back = Get-Content -Path "inventory.json" -Raw | ConvertFrom-Json
"Pools in file: $($back.Pools -join ', ')"
"Users in file: $($back.Users.Count)"
