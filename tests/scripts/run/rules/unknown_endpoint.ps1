# unknown_endpoint: a Persistent Chat endpoint named by SIP address (or by its pool) must exist.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat.contoso.com -SipAddress sip:ocschat@contoso.com
# A typo in the address: rejected, with the closest endpoint suggested.
Remove-CsPersistentChatEndpoint -Identity sip:ocshat@contoso.com
Get-CsPersistentChatEndpoint
