# flattened_name_too_long: flattened category and room names (Parent_Child) have at most 256 characters.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc1.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc1
New-ChatPool -Fqdn gc2.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc2
New-ChatPool -Fqdn pchat1.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat1
New-ChatPool -Fqdn pchat2.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat2
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat1.contoso.com -SipAddress sip:gc1chat@contoso.com
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat2.contoso.com -SipAddress sip:gc2chat@contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn gc1.contoso.com
New-CsPersistentChatCategory -Name EMEA -PersistentChatPoolFqdn gc1.contoso.com -ParentCategory Sales
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn gc2.contoso.com
New-CsPersistentChatCategory -Name EMEA -PersistentChatPoolFqdn gc2.contoso.com -ParentCategory Sales
New-CsPersistentChatRoom -Name Deals -Category gc1.contoso.com\EMEA
New-CsPersistentChatRoom -Name ('D' * 250) -Category gc2.contoso.com\EMEA
Get-ChatPool | Stop-ChatPool
Move-ChatData -Source gc1.contoso.com -Target pchat1.contoso.com
# Sales_EMEA_DDD… is 261 characters: rejected, nothing imported.
Move-ChatData -Source gc2.contoso.com -Target pchat2.contoso.com
Get-CsPersistentChatRoom | Select-Object Name, Category
