# duplicate_endpoint: a chat pool has at most one Persistent Chat endpoint.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat.contoso.com -SipAddress sip:ocschat@contoso.com
# A second endpoint on the same pool: rejected.
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat.contoso.com -SipAddress sip:gc2010chat@contoso.com
Get-CsPersistentChatEndpoint
