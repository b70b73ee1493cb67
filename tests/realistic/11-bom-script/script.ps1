# Saved by Notepad as "UTF-8 with BOM"; the CSV also starts with a BOM and holds accents.
$users = Import-Csv -Path "people.csv"
$users[0].PSObject.Properties | ForEach-Object { "column: $($_.Name)" }
foreach ($u in $users) {
    Set-CsUser -Identity $u.SipAddress -DisplayName $u.DisplayName
}
Get-CsUser -Identity sip:ann@contoso.com | Select-Object -ExpandProperty DisplayName
$users | Export-Csv -Path "people-out.csv" -NoTypeInformation -Encoding UTF8
