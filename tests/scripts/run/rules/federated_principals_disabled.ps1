# federated_principals_disabled: federated members of migrated rooms become disabled principals (warning).
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc1.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc1
New-ChatPool -Fqdn gc2.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc2
New-ChatPool -Fqdn pchat1.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat1
New-ChatPool -Fqdn pchat2.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat2
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat1.contoso.com -SipAddress sip:gc1chat@contoso.com
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat2.contoso.com -SipAddress sip:gc2chat@contoso.com
New-CsAllowedDomain -Identity fabrikam.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn gc1.contoso.com
New-CsPersistentChatCategory -Name Partners -PersistentChatPoolFqdn gc2.contoso.com -AllowedMembers sip:eve@fabrikam.com
New-CsPersistentChatRoom -Name Deals -Category gc1.contoso.com\Sales
New-CsPersistentChatRoom -Name Joint -Category gc2.contoso.com\Partners
Set-CsPersistentChatRoom -Identity gc2.contoso.com\Joint -Members sip:eve@fabrikam.com
Get-ChatPool | Stop-ChatPool
Move-ChatData -Source gc1.contoso.com -Target pchat1.contoso.com
# Eve of fabrikam.com is a member of Joint: migrated, with a warning.
Move-ChatData -Source gc2.contoso.com -Target pchat2.contoso.com
Get-CsPersistentChatRoom -ChatPool pchat2.contoso.com | Select-Object Identity, Members
