# Pipeline input that no parameter accepts.
New-Site -Identity Redmond
42 | New-Site -Identity Dublin
