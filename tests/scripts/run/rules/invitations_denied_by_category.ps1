# invitations_denied_by_category: a room cannot turn invitations on when its category has them off.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com -Invitations $true
New-CsPersistentChatCategory -Name Support -PersistentChatPoolFqdn pchat.contoso.com
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales -Invitations True
# Support has invitations off: rejected.
New-CsPersistentChatRoom -Name Tickets -Category pchat.contoso.com\Support -Invitations True
Get-CsPersistentChatRoom | Select-Object Identity, Invitations
