# home_pool_version: a chat pool's kind must match its home pool's version.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
# The existing Lync 2010 Group Chat pool, and a Persistent Chat pool on Lync 2013: both fine.
New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
# A Persistent Chat pool homed on Lync 2010: rejected.
New-ChatPool -Fqdn pchat2.contoso.com -HomePool lync2010.contoso.com -FileStore \\fs01\pchat2
Get-ChatPool
