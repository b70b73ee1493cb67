# room_name_is_category: a room may not have the name of a category on its pool.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
New-CsPersistentChatRoom -Name SalesTeam -Category pchat.contoso.com\Sales
# A room called Sales next to the Sales category: rejected.
New-CsPersistentChatRoom -Name Sales -Category pchat.contoso.com\Sales
Get-CsPersistentChatRoom
