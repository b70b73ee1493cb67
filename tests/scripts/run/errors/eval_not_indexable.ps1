# Indexing into $null.
$missing[0]
