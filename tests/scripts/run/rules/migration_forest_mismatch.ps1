# migration_forest_mismatch: source and target of a migration are in one forest.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc1.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc1
New-ChatPool -Fqdn gc2.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc2
New-ChatPool -Fqdn pchat1.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat1
New-ChatPool -Fqdn pchat2.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat2
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat1.contoso.com -SipAddress sip:gc1chat@contoso.com
New-Site -Identity Munich -Forest fabrikam.local
New-Pool -Fqdn lync2013.fabrikam.com -Version Lync2013 -Site Munich
New-ChatPool -Fqdn pchat.fabrikam.com -HomePool lync2013.fabrikam.com -FileStore \\fs01\pchat
Get-ChatPool | Stop-ChatPool
Move-ChatData -Source gc1.contoso.com -Target pchat1.contoso.com
# gc2 is in corp.local, pchat.fabrikam.com in fabrikam.local: rejected.
Move-ChatData -Source gc2.contoso.com -Target pchat.fabrikam.com
Get-ChatPool
