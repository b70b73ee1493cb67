# args: -- Ann Bob Cy
# A simple script's values beyond its parameters land in $args, as with powershell -File.
param($First)
"first: $First"
"rest: $($args -join ', ') ($($args.Count))"
"bound: $($PSBoundParameters.Keys -join ', ')"
