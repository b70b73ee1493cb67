# More positional arguments than the cmdlet takes.
Get-User sip:ann@contoso.com extra
