# presenter_not_member: presenters of an Auditorium room must be members.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com `
    -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com
New-CsPersistentChatRoom -Name AllHands -Category pchat.contoso.com\Sales -Type Auditorium
Set-CsPersistentChatRoom -Identity pchat.contoso.com\AllHands -Members sip:ann@contoso.com -Presenters sip:ann@contoso.com
# Bob presents without being a member: rejected.
Set-CsPersistentChatRoom -Identity pchat.contoso.com\AllHands -Presenters @{Add = 'sip:bob@contoso.com'}
Get-CsPersistentChatRoom | Select-Object Identity, Members, Presenters
