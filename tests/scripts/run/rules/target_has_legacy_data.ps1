# target_has_legacy_data: a Persistent Chat pool should receive one legacy pool's data (warning).
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc1.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc1
New-ChatPool -Fqdn gc2.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc2
New-ChatPool -Fqdn pchat1.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat1
New-ChatPool -Fqdn pchat2.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat2
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat1.contoso.com -SipAddress sip:gc1chat@contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn gc1.contoso.com
New-CsPersistentChatCategory -Name Support -PersistentChatPoolFqdn gc2.contoso.com
Get-ChatPool | Stop-ChatPool
Move-ChatData -Source gc1.contoso.com -Target pchat1.contoso.com
# gc2 into pchat1 as well: migrated, with a warning.
Move-ChatData -Source gc2.contoso.com -Target pchat1.contoso.com
Get-CsPersistentChatCategory -ChatPool pchat1.contoso.com
