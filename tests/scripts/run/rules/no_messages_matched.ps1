# no_messages_matched: Remove-CsPersistentChatMessage found nothing to remove or replace.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
'ann', 'bob' | ForEach-Object { Enable-CsUser -Identity "sip:$_@contoso.com" -RegistrarPool lync2013.contoso.com }
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales
Add-ChatMessage -Room pchat.contoso.com\Deals -Author sip:ann@contoso.com -Text 'Fabrikam signed' -Posted 2013-03-01
Add-ChatMessage -Room pchat.contoso.com\Deals -Author sip:bob@contoso.com -Text 'great news' -Posted 2013-03-02
# Bob's messages mentioning Fabrikam: none.
Remove-CsPersistentChatMessage -Identity pchat.contoso.com\Deals -UserUri sip:bob@contoso.com -Filter fabrikam
# Ann's: replaced by the administrator's notice.
Remove-CsPersistentChatMessage -Identity pchat.contoso.com\Deals -UserUri sip:ann@contoso.com -Filter fabrikam
Get-ChatMessage -Room pchat.contoso.com\Deals | Format-Table Author, Text, State
