# duplicate_category: category names are unique per chat pool.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com
New-CsPersistentChatCategory -Name Support -PersistentChatPoolFqdn pchat.contoso.com
# Sales again on the same pool: rejected.
New-CsPersistentChatCategory -Name sales -PersistentChatPoolFqdn pchat.contoso.com -FileUpload $true
Get-CsPersistentChatCategory
