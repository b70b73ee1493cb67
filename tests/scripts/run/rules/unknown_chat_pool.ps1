# unknown_chat_pool: a referenced chat pool must exist.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
# A typo in the chat pool FQDN: rejected with a did-you-mean.
New-CsPersistentChatCategory -Name Support -PersistentChatPoolFqdn pchta.contoso.com
Get-CsPersistentChatCategory
