# message_range_empty: a -StartDate later than -EndDate selects no message.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com -AllowedMembers sip:ann@contoso.com
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales
Add-ChatMessage -Room pchat.contoso.com\Deals -Author sip:ann@contoso.com -Text 'Q1 figures' -Posted '2/15/2013'
# A range of March: nothing to remove, but a valid range.
Remove-CsPersistentChatMessage -Identity pchat.contoso.com\Deals -StartDate 3/1/2013 -EndDate 3/31/2013 -Remove -WarningAction SilentlyContinue
# The dates swapped: rejected.
Remove-CsPersistentChatMessage -Identity pchat.contoso.com\Deals -StartDate 3/31/2013 -EndDate 3/1/2013 -Remove
Get-ChatMessage -Room pchat.contoso.com\Deals | Format-Table Posted, Author, Text
