# clear_needs_end_date: Clear-ChatRoom requires -EndDate.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn gc2010.contoso.com
New-CsPersistentChatRoom -Name Deals -Category gc2010.contoso.com\Sales
Set-CsPersistentChatRoom -Identity gc2010.contoso.com\Deals -Messages 1200 -MessagesBefore 2026-10-01
Clear-CsPersistentChatRoom -Identity gc2010.contoso.com\Deals -EndDate 2026-01-01
# Without -EndDate: rejected.
Clear-CsPersistentChatRoom -Identity gc2010.contoso.com\Deals
Get-CsPersistentChatRoom | Select-Object Identity, Messages
