# Join-Path and Split-Path work on the text of a path; both separators are read.
Join-Path 'C:\Scripts\' '\users.csv' | Split-Path -Leaf
Split-Path 'C:\Scripts\In\users.csv'
Split-Path 'C:\Scripts\In\users.csv' -Leaf
Split-Path 'C:\Scripts\In\users.2024.csv' -LeafBase
Split-Path 'C:\Scripts\In\users.csv' -Extension
Split-Path 'C:\Scripts\In\users.csv' -Qualifier
Split-Path 'C:\Scripts\In\users.csv' -NoQualifier
Split-Path 'C:\Scripts' -IsAbsolute
Split-Path '.\users.csv' -IsAbsolute
Split-Path 'users.csv' -Qualifier
(Join-Path tests scripts) -replace '\\', '/'
Join-Path tests/scripts/run/files input -Resolve | Split-Path -Leaf
Join-Path tests nothing-here -Resolve
