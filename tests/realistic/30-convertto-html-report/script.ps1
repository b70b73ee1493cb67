# The weekly HTML report mailed to the service owner, built with ConvertTo-Html.
$style = "<style>table { border-collapse: collapse } td, th { border: 1px solid #999 }</style>"
$users = Get-CsUser | Sort-Object SipAddress
$byPool = $users | Group-Object RegistrarPool | Select-Object @{n = 'Pool'; e = { $_.Name }}, Count
$pools = $byPool | ConvertTo-Html -Fragment -PreContent "<h2>Users per pool</h2>"
$list = $users | ConvertTo-Html -Property SipAddress, RegistrarPool -Fragment -PreContent "<h2>Users</h2>"
ConvertTo-Html -Head $style -Title "Lync report" -Body "<h1>Lync report & status</h1>" -PostContent ($pools + $list) |
    Out-File -FilePath "weekly-report.html"
"{0} lines written" -f (Get-Content "weekly-report.html").Count
