# unknown_category: a room's category must exist.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales
# A typo in the category name: rejected with a did-you-mean.
New-CsPersistentChatRoom -Name Leads -Category pchat.contoso.com\Slaes
Get-CsPersistentChatRoom
