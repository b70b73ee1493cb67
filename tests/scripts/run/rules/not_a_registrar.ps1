# not_a_registrar: a Move-User target must be a registrar pool, not a chat pool.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2010.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool lync2010.contoso.com
Move-CsUser -Identity sip:ann@contoso.com -Target lync2013.contoso.com
# The Persistent Chat pool homes no users: rejected.
Move-CsUser -Identity sip:bob@contoso.com -Target pchat.contoso.com
Get-CsUser
