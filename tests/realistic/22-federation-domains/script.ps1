# Adds the partner domains agreed with the federation team.
$partners = Import-Csv "partners.csv"
foreach ($p in $partners) {
    $params = @{
        Identity = $p.Domain
        Comment  = "Requested by $($p.Owner)"
    }
    if ($p.ProxyFqdn) { $params.ProxyFqdn = $p.ProxyFqdn }
    New-CsAllowedDomain @params -WarningAction SilentlyContinue | Out-Null
}
Get-CsAllowedDomain | Sort-Object Identity | Format-Table Identity, ProxyFqdn, Comment -AutoSize
