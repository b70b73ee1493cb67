# room_name_too_long: room names have at most 256 characters.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
New-CsPersistentChatRoom -Name ('R' * 256) -Category pchat.contoso.com\Sales
# 257 characters: rejected.
New-CsPersistentChatRoom -Name ('S' * 257) -Category pchat.contoso.com\Sales
(Get-CsPersistentChatRoom).Count
