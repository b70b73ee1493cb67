# Division by zero.
$zero = 0
10 / $zero
