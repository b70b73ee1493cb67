# Missing folders, existing files and clobbering: coded errors on the path argument.
$dir = 'target/e2e-files/everyday/limits'
Remove-Item $dir -Recurse -ErrorAction SilentlyContinue
Set-Content "$dir/none/x.txt" 'x'
New-Item $dir -ItemType Directory | Out-Null
New-Item $dir -ItemType Directory
'a' | Out-File "$dir/once.txt"
'b' | Out-File "$dir/once.txt" -NoClobber
Get-Content "$dir/once.txt"
Remove-Item $dir
Get-Content $dir
New-Item "$dir/link" -ItemType SymbolicLink -Value /etc
Get-Content "$dir/*.txt"
