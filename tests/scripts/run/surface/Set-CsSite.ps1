# Set-CsSite: description, display name, routes and the default Persistent Chat pool.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
Set-CsSite -Identity Redmond -Description "Full-time staff on the Redmond campus."
Set-CsSite -Identity Redmond -DisplayName "US Headquarters"
Get-CsSite | Where-Object {$_.Description -eq $Null} | ForEach-Object {Set-CsSite $_.Identity -Description "Contoso office"}
Set-CsSite Redmond -FederationRoute edge.contoso.com -XmppFederationRoute xmpp.contoso.com -DefaultPersistentChatPool pchat.contoso.com -Force
Get-CsSite | Format-List Identity, DisplayName, Description, FederationRoute, XmppFederationRoute, DefaultPersistentChatPool
# $null clears the default pool; a pool that does not exist is unknown_chat_pool.
Set-CsSite Redmond -DefaultPersistentChatPool $null
(Get-CsSite Redmond).DefaultPersistentChatPool -eq $null
Set-CsSite Dublin -DefaultPersistentChatPool pchta.contoso.com
