# not_a_persistent_chat_pool: a site's DefaultPersistentChatPool is a Persistent Chat pool.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
# The legacy Group Chat pool cannot be the site's default: rejected.
Set-CsSite -Identity Redmond -DefaultPersistentChatPool gc.contoso.com
Set-CsSite -Identity Redmond -DefaultPersistentChatPool pchat.contoso.com
(Get-CsSite Redmond).DefaultPersistentChatPool
