# member_not_allowed: room members must be allowed by the room's category.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com -AllowedMembers sip:ann@contoso.com
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales
Set-CsPersistentChatRoom -Identity pchat.contoso.com\Deals -Members sip:ann@contoso.com
# Bob is not an allowed member of Sales: rejected, Deals keeps its members.
Set-CsPersistentChatRoom -Identity pchat.contoso.com\Deals -Members @{Add = 'sip:bob@contoso.com'}
Get-CsPersistentChatRoom | Select-Object Identity, Members
