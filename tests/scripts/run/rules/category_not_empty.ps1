# category_not_empty: only a category without rooms can be removed.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
New-CsPersistentChatCategory -Name Archive -PersistentChatPoolFqdn pchat.contoso.com
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales
# Archive has no rooms: it goes.
Remove-CsPersistentChatCategory -Identity pchat.contoso.com\Archive
# Sales still holds Deals: rejected.
Remove-CsPersistentChatCategory -Identity pchat.contoso.com\Sales
Get-CsPersistentChatCategory
