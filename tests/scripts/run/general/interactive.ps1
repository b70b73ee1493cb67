# Read-Host, Get-Credential and Out-GridView need someone at the keyboard: in a batch run each is
# a coded error naming the command. A parameter given on the command line never asks.
param(
    [string]$Pool = (Read-Host 'Target pool'),
    $Credential = (Get-Credential)
)
"pool: $Pool"
$answer = Read-Host 'Continue? (y/n)'
Get-Credential -Credential 'CONTOSO\lyncadmin'
'a', 'b' | Out-GridView -PassThru
'after the questions'
