# invalid_addin_url: an add-in URL is an http:// or https:// URL.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatAddin -Name Dashboard -PersistentChatPoolFqdn pchat.contoso.com -Url https://intranet.contoso.com/dash
# A file share is not a URL the client can open: rejected.
New-CsPersistentChatAddin -Name Wiki -PersistentChatPoolFqdn pchat.contoso.com -Url \\fs01\wiki
Get-CsPersistentChatAddin
