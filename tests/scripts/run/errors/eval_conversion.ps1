# A cast that cannot convert: the statement fails, the script goes on.
$n = [int]'twelve'
'after'
