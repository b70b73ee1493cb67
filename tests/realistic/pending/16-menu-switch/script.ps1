# The support menu, driven by an argument instead of Read-Host.
param([string]$Choice = "2")
function Show-Menu {
    "1) list users"
    "2) users per pool"
    "3) quit"
}
Show-Menu
switch ($Choice) {
    "1" { Get-CsUser | Select-Object -ExpandProperty SipAddress }
    "2" { Get-CsUser | Group-Object RegistrarPool | ForEach-Object { "$($_.Name): $($_.Count)" } }
    "3" { "bye"; break }
    default { Write-Warning "unknown choice $Choice" }
}
switch -wildcard (Get-CsUser | Select-Object -ExpandProperty SipAddress) {
    "sip:a*" { "starts with a: $_" }
    "*e*" { "has an e: $_" }
}
