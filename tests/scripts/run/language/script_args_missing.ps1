# args: -- -Nmae Ann
# A misspelt script argument is a binding error pointing into the arguments.
param([string]$Name)
"hello $Name"
