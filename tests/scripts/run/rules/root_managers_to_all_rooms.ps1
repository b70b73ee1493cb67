# root_managers_to_all_rooms: managers of a legacy root category manage every migrated room under it (warning).
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc1.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc1
New-ChatPool -Fqdn gc2.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc2
New-ChatPool -Fqdn pchat1.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat1
New-ChatPool -Fqdn pchat2.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat2
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat1.contoso.com -SipAddress sip:gc1chat@contoso.com
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat2.contoso.com -SipAddress sip:gc2chat@contoso.com
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn gc1.contoso.com -AllowedMembers sip:ann@contoso.com
New-CsPersistentChatCategory -Name Support -PersistentChatPoolFqdn gc2.contoso.com `
    -AllowedMembers sip:ann@contoso.com -Managers sip:ann@contoso.com
New-CsPersistentChatRoom -Name Deals -Category gc1.contoso.com\Sales
New-CsPersistentChatRoom -Name Tickets -Category gc2.contoso.com\Support
Get-ChatPool | Stop-ChatPool
Move-ChatData -Source gc1.contoso.com -Target pchat1.contoso.com
# Support has a manager: migrated, with a warning listing Tickets.
Move-ChatData -Source gc2.contoso.com -Target pchat2.contoso.com
Get-CsPersistentChatRoom -ChatPool pchat2.contoso.com | Select-Object Identity, Managers
