# unknown_service: a PersistentChatServer:<fqdn> identity must name a Persistent Chat pool.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-ChatPool -Fqdn gc.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010
# A Lync 2010 Group Chat pool has no Persistent Chat state: rejected.
Get-CsPersistentChatState -Identity PersistentChatServer:gc.contoso.com
