# members_dropped: removing a user takes it out of every room (warning listing where).
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool lync2013.contoso.com
Enable-CsUser -Identity sip:cai@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com `
    -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales
Set-CsPersistentChatRoom -Identity pchat.contoso.com\Deals -Members sip:ann@contoso.com, sip:bob@contoso.com
# Cai is in no list: removed silently.
Disable-CsUser -Identity sip:cai@contoso.com
# Bob is a member of Deals and allowed in Sales: removed, with a warning listing both.
Disable-CsUser -Identity sip:bob@contoso.com
Get-CsPersistentChatRoom | Select-Object Identity, Members
