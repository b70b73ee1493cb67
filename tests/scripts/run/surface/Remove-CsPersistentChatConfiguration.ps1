# Remove-CsPersistentChatConfiguration: by identity, piped from -Filter or Where-Object; Global resets.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-Site -Identity Paris
New-CsPersistentChatConfiguration -Identity site:Redmond
New-CsPersistentChatConfiguration -Identity site:Dublin -DefaultChatHistory 80
New-CsPersistentChatConfiguration -Identity site:Paris
Remove-CsPersistentChatConfiguration -Identity "site:Redmond"
Get-CsPersistentChatConfiguration | Where-Object {$_.DefaultChatHistory -gt 30} | Remove-CsPersistentChatConfiguration
Get-CsPersistentChatConfiguration -Filter "site:*" | ForEach-Object { $_.Identity }
Get-CsPersistentChatConfiguration -Filter "site:*" | Remove-CsPersistentChatConfiguration
# Global cannot go: removing it resets it.
Set-CsPersistentChatConfiguration -DefaultChatHistory 250
Remove-CsPersistentChatConfiguration Global -Confirm:$false
Get-CsPersistentChatConfiguration | Format-Table Identity, DefaultChatHistory
