# migration_order: Group Chat should be migrated after every user has left the legacy pools (warning).
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc1.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc1
New-ChatPool -Fqdn gc2.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc2
New-ChatPool -Fqdn pchat1.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat1
New-ChatPool -Fqdn pchat2.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat2
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat1.contoso.com -SipAddress sip:gc1chat@contoso.com
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat2.contoso.com -SipAddress sip:gc2chat@contoso.com
Get-ChatPool | Stop-ChatPool
Move-ChatData -Source gc1.contoso.com -Target pchat1.contoso.com
# Ann is still homed on Lync 2010 when gc2 migrates: migrated, with a warning.
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2010.contoso.com
Move-ChatData -Source gc2.contoso.com -Target pchat2.contoso.com
Get-ChatPool
