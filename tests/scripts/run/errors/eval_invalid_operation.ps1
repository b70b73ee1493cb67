# An operation that cannot be done on its operands: here a bad regular expression.
'abc' -match '('
