# Prints the state of every pool and its users, the "status" part of a support script.
foreach ($pool in Get-CsPool | Sort-Object Identity) {
    $users = @(Get-CsUser -Pool $pool.Identity)
    Write-Host ("{0,-25} {1,3} user(s)" -f $pool.Identity, $users.Count)
}
$total = (Get-CsUser -ResultSize Unlimited | Measure-Object).Count
Write-Host "Total: $total"
Write-Host "First two: $((Get-CsUser -ResultSize 2).SipAddress -join ', ')"
Get-CsUser | Where-Object { $_.SipAddress -like "*e*" } | Sort-Object SipAddress | Select-Object -ExpandProperty SipAddress
