# chat_pool_in_use: a Persistent Chat pool with content cannot be removed without -Force.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-ChatPool -Fqdn spare.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\spare
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
# The spare pool is empty: it goes.
Remove-ChatPool -Identity spare.contoso.com
# pchat.contoso.com holds the Sales category: rejected, nothing removed.
Remove-ChatPool -Identity pchat.contoso.com
Get-CsPersistentChatCategory
