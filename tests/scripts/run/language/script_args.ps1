# args: -- -Count 3 Ann
# `coexist run SCRIPT -- ARGS…` binds to the script's param() block by name and position.
param(
    [Parameter(Position = 0)][string]$Name = 'nobody',
    [int]$Count = 1,
    [switch]$Loud
)
foreach ($i in 1..$Count) { "hello $Name #$i" }
"loud: $Loud"
$Count.GetType().Name
