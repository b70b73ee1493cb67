# An empty value for a ValidateNotNullOrEmpty parameter of a script function.
function Test-Name { param([ValidateNotNullOrEmpty()][string]$Name) "name: $Name" }
Test-Name -Name 'ok'
Test-Name -Name ''
