# invitations_reset_on_import: a room with invitations on, whose category has them off, imports with False (warning).
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc1.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc1
New-ChatPool -Fqdn gc2.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc2
New-ChatPool -Fqdn pchat1.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat1
New-ChatPool -Fqdn pchat2.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat2
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat1.contoso.com -SipAddress sip:gc1chat@contoso.com
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat2.contoso.com -SipAddress sip:gc2chat@contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn gc1.contoso.com -Invitations $true
New-CsPersistentChatCategory -Name Support -PersistentChatPoolFqdn gc2.contoso.com -Invitations $true
New-CsPersistentChatRoom -Name Deals -Category gc1.contoso.com\Sales -Invitations True
New-CsPersistentChatRoom -Name Tickets -Category gc2.contoso.com\Support -Invitations True
# On a legacy pool the room keeps True when its category turns invitations off.
Set-CsPersistentChatCategory -Identity gc2.contoso.com\Support -Invitations $false
Get-ChatPool | Stop-ChatPool
Move-ChatData -Source gc1.contoso.com -Target pchat1.contoso.com
Move-ChatData -Source gc2.contoso.com -Target pchat2.contoso.com
Get-CsPersistentChatRoom -ChatPool pchat2.contoso.com | Select-Object Identity, Invitations
