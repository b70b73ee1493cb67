# invalid_scope: an identity must be one of the forms its cmdlet takes.
New-Site -Identity Redmond
New-CsPersistentChatConfiguration -Identity site:Redmond
# Configuration settings have no per-user (tag) scope: rejected.
New-CsPersistentChatConfiguration -Identity Redmond
Get-CsPersistentChatConfiguration | Select-Object Identity
