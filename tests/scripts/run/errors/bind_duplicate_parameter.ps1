# The same parameter given twice.
New-Site -Identity Redmond -Identity Dublin
