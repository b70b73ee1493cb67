# A pipeline that ends in `|` at the end of the file.
Get-User |
