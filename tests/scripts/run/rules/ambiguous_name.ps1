# ambiguous_name: a bare category name that exists on two chat pools must be qualified.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat1.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat1
New-ChatPool -Fqdn pchat2.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat2
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat1.contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat2.contoso.com
# With its pool the category is found.
New-CsPersistentChatRoom -Name Deals -Category pchat1.contoso.com\Sales
# A bare "Sales" matches both pools: rejected.
New-CsPersistentChatRoom -Name Leads -Category Sales
Get-CsPersistentChatRoom
