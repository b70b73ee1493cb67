# Saved on Windows: every line ends in CR LF, the input too.
$pool = "lync2013.contoso.com"
$list = Import-Csv "batch.csv"
foreach ($entry in $list) {
    Move-CsUser -Identity $entry.Sip -Target $pool
    Add-Content -Path "crlf.log" -Value "moved $($entry.Sip)"
}
$text = Get-Content "batch.csv"
"The batch file has $($text.Count) lines; the last is [$($text[-1])]"
