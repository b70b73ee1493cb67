# cross_pool_reference: a room's add-in must be on the room's own chat pool.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
New-CsPersistentChatAddin -Name Dashboard -PersistentChatPoolFqdn pchat.contoso.com -Url https://intranet.contoso.com/dash
New-CsPersistentChatAddin -Name Legacy -PersistentChatPoolFqdn gc2010.contoso.com -Url https://intranet.contoso.com/legacy
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales -Addin pchat.contoso.com\Dashboard
# The add-in lives on the Group Chat pool: rejected.
New-CsPersistentChatRoom -Name Leads -Category pchat.contoso.com\Sales -Addin gc2010.contoso.com\Legacy
Get-CsPersistentChatRoom
