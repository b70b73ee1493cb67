# federation_unsupported: Persistent Chat pools accept no federated principals.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsAllowedDomain -Identity fabrikam.com
# The legacy Group Chat pool accepts a federated member.
New-CsPersistentChatCategory -Name Partners -PersistentChatPoolFqdn gc2010.contoso.com -AllowedMembers sip:eve@fabrikam.com
# The same on the Persistent Chat pool: rejected.
New-CsPersistentChatCategory -Name Partners -PersistentChatPoolFqdn pchat.contoso.com -AllowedMembers sip:eve@fabrikam.com
Get-CsPersistentChatCategory
