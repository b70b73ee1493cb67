# creator_not_allowed: creators must be allowed members that are not denied.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com `
    -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com -Creators sip:ann@contoso.com
# Bob is allowed but also denied, and denied wins: rejected.
New-CsPersistentChatCategory -Name Support -PersistentChatPoolFqdn pchat.contoso.com `
    -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com -DeniedMembers sip:bob@contoso.com `
    -Creators sip:bob@contoso.com
Get-CsPersistentChatCategory
