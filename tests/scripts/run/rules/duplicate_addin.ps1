# duplicate_addin: add-in names are unique per chat pool.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatAddin -Name Dashboard -PersistentChatPoolFqdn pchat.contoso.com -Url https://intranet.contoso.com/dash
New-CsPersistentChatAddin -Name Wiki -PersistentChatPoolFqdn pchat.contoso.com -Url https://wiki.contoso.com
# Dashboard again: rejected.
New-CsPersistentChatAddin -Name Dashboard -PersistentChatPoolFqdn pchat.contoso.com -Url https://intranet.contoso.com/dash2
Get-CsPersistentChatAddin
