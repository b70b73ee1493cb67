# A menu built on `switch`, as admin scripts drive their actions from a choice.
param([string[]]$Choices = @('1', 'q', 'moves', '9'))

function Show-Action {
    param($Choice)
    switch -Regex ($Choice) {
        '^1$' { 'Listing users' }
        '^(q|quit)$' { "Leaving on '$($Matches[1])'" }
        '^move' { 'Moving users' ; break }
        's$' { 'never reached for moves: break left the switch' }
        default { "Unknown choice $_" }
    }
}

foreach ($c in $Choices) { Show-Action $c }

$pools = 'pool01.contoso.com', 'edge01.contoso.com', 'pool02.contoso.com'
$front = switch -Wildcard ($pools) { 'pool*' { $_.Split('.')[0] } }
"front-end pools: $($front -join ', ')"
