# Exports the legacy chat content before the cut-over, and records what was exported.
$file = "gc2010-export.json"
Stop-ChatPool -Identity gc2010.contoso.com
Export-CsPersistentChatData -DBInstance "gc2010.contoso.com\rtc" -Legacy -FileName $file -Level All
if (Test-Path $file) {
    $item = Get-Item $file
    $lines = (Get-Content $file).Count
    Add-Content -Path "export.log" -Value "exported to $($item.Name) ($lines lines, $($item.Length) bytes)"
} else {
    Add-Content -Path "export.log" -Value "no export file"
}
Get-Content "export.log"
