# addin_in_use: an add-in used by rooms cannot be removed without -Force.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
New-CsPersistentChatAddin -Name Dashboard -PersistentChatPoolFqdn pchat.contoso.com -Url https://intranet.contoso.com/dash
New-CsPersistentChatAddin -Name Wiki -PersistentChatPoolFqdn pchat.contoso.com -Url https://wiki.contoso.com
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales -Addin Dashboard
# No room uses Wiki: it goes.
Remove-CsPersistentChatAddin -Identity pchat.contoso.com\Wiki
# Deals uses Dashboard: rejected.
Remove-CsPersistentChatAddin -Identity pchat.contoso.com\Dashboard
Get-CsPersistentChatRoom | Select-Object Identity, Addin
