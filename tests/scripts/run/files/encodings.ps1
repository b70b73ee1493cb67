# Files in the encodings admins meet: UTF-16 with a byte order mark (Out-File in Windows
# PowerShell), Windows-1252 without one (an Excel export), and what -Encoding writes.
Get-Content "$PSScriptRoot\input\pools-utf16.txt"
Get-Content "$PSScriptRoot\input\names-ansi.txt"
$dir = 'target/e2e-files/everyday/encodings'
New-Item $dir -ItemType Directory -Force | Out-Null
'Zoë' | Set-Content "$dir/unicode.txt" -Encoding Unicode
'Zoë' | Set-Content "$dir/utf8.txt" -Encoding UTF8
'Zoë' | Set-Content "$dir/plain.txt"
'Zoë' | Set-Content "$dir/ascii.txt" -Encoding ASCII
foreach ($name in 'unicode', 'utf8', 'plain', 'ascii') {
    $bytes = Get-Content "$dir/$name.txt" -Encoding Byte -TotalCount 5
    "{0,-8} {1} | {2}" -f $name, ($bytes -join ' '), (Get-Content "$dir/$name.txt")
}
Add-Content "$dir/unicode.txt" 'Ann'
Get-Content "$dir/unicode.txt"
