# Unbounded recursion ends in a coded error, not a stack overflow.
function Recurse { param($n) Recurse ($n + 1) }
Recurse 0
'after'
