# unknown_addin: a room's add-in must exist.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
New-CsPersistentChatAddin -Name Dashboard -PersistentChatPoolFqdn pchat.contoso.com -Url https://intranet.contoso.com/dash
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales -Addin Dashboard
# A typo in the add-in name: rejected with a did-you-mean.
New-CsPersistentChatRoom -Name Leads -Category pchat.contoso.com\Sales -Addin Dashbord
Get-CsPersistentChatRoom | Select-Object Identity, Addin
