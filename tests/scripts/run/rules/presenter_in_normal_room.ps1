# presenter_in_normal_room: only Auditorium rooms have presenters.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com -AllowedMembers sip:ann@contoso.com
New-CsPersistentChatRoom -Name AllHands -Category pchat.contoso.com\Sales -Type Auditorium
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales
Set-CsPersistentChatRoom -Identity pchat.contoso.com\AllHands -Members sip:ann@contoso.com -Presenters sip:ann@contoso.com
# Deals is a Normal room: rejected.
Set-CsPersistentChatRoom -Identity pchat.contoso.com\Deals -Members sip:ann@contoso.com -Presenters sip:ann@contoso.com
Get-CsPersistentChatRoom | Select-Object Identity, Type, Members, Presenters
