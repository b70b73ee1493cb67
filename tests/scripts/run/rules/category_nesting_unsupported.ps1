# category_nesting_unsupported: -ParentCategory exists only on legacy Group Chat pools.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn gc2010.contoso.com
New-CsPersistentChatCategory -Name EMEA -PersistentChatPoolFqdn gc2010.contoso.com -ParentCategory Sales
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
# Persistent Chat has no nested categories: rejected.
New-CsPersistentChatCategory -Name EMEA -PersistentChatPoolFqdn pchat.contoso.com -ParentCategory Sales
Get-CsPersistentChatCategory
