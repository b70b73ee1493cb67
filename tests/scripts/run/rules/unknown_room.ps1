# unknown_room: a referenced room must exist.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales
Set-CsPersistentChatRoom -Identity pchat.contoso.com\Deals -Privacy Open
# A typo in the room name: rejected with a did-you-mean.
Set-CsPersistentChatRoom -Identity pchat.contoso.com\Deels -Privacy Secret
Get-CsPersistentChatRoom | Select-Object Identity, Privacy
