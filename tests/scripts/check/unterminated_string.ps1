# An unterminated string is reported where it starts.
Write-Output 'fine'
Get-User -Identity "sip:ann@contoso.com
