# A parameter that needs a value, given none.
New-Site -Identity
