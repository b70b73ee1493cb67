# args: -- -Pool lync2013.contoso.com -Credential CONTOSO\lyncadmin
# The same parameters given on the command line: their defaults, which would ask, never run.
param(
    [string]$Pool = (Read-Host 'Target pool'),
    $Credential = (Get-Credential)
)
"pool: $Pool, as $Credential"
