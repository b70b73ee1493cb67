# A small HTML status page built from strings, as many admin scripts do.
$title = "Lync migration status"
$rows = ""
foreach ($u in (Get-CsUser | Sort-Object SipAddress)) {
    $rows += "<tr><td>$($u.SipAddress)</td><td>$($u.RegistrarPool)</td></tr>`r`n"
}
$html = @"
<html>
<head><title>$title</title></head>
<body>
<h1>$title</h1>
<table>
$rows</table>
</body>
</html>
"@
$html | Out-File -FilePath "status.html" -Encoding utf8
Write-Output "Wrote status.html ($((Get-CsUser).Count) users)"
