# Features outside the supported language are named.
Get-User > users.txt
