# A clean file checks with no output and exit 0.
Get-User | Where-Object { $_.DisplayName -like 'A*' } | Move-User -Target lync2013.contoso.com
