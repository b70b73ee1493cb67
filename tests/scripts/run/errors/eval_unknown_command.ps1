# A misspelt cmdlet: did-you-mean names the right one.
Get-Usr -Identity sip:ann@contoso.com
Write-Output 'the script goes on'
