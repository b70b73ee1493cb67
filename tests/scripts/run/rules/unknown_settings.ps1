# unknown_settings: Set- and Remove- need settings that exist.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-CsPersistentChatConfiguration -Identity site:Redmond
# Dublin has no settings of its own (it uses Global): rejected.
Set-CsPersistentChatConfiguration -Identity site:Dublin -MaxFileSizeKB 5000
Get-CsPersistentChatConfiguration | Select-Object Identity, MaxFileSizeKB
