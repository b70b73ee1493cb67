# chat_history_out_of_range: a Persistent Chat configuration's DefaultChatHistory is 1 to 500 messages.
New-Site -Identity Redmond
New-CsPersistentChatConfiguration -Identity site:Redmond -DefaultChatHistory 500
# 600 messages is beyond the limit: rejected, the site keeps 500.
Set-CsPersistentChatConfiguration -Identity site:Redmond -DefaultChatHistory 600
Get-CsPersistentChatConfiguration -Identity site:Redmond | Select-Object Identity, DefaultChatHistory
