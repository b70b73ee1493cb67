# Lync 2010 with its Group Chat pool, and the new Lync 2013 pool with Persistent Chat.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond -Edition Enterprise
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond -Edition Enterprise
New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\groupchat
foreach ($name in 'ann', 'ben', 'cho', 'dev') {
    Enable-CsUser -Identity "sip:$name@contoso.com" -RegistrarPool lync2010.contoso.com
    Set-User -Identity "sip:$name@contoso.com" -GroupChatPool gc2010.contoso.com
}
New-ChatCategory -Name Projects -ChatPool gc2010.contoso.com -AllowedMembers sip:ann@contoso.com, sip:ben@contoso.com
New-ChatRoom -Name Apollo -Category gc2010.contoso.com\Projects
Set-ChatRoom -Identity gc2010.contoso.com\Apollo -Members sip:ann@contoso.com, sip:ben@contoso.com -Messages 250 -MessagesBefore 2025-12-01
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
