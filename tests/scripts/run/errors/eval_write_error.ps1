# Write-Error reports a non-terminating error; the script goes on (exit 1).
Write-Error 'pool check failed'
'after'
