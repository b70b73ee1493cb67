# not_a_pool_computer: every active server of a Persistent Chat pool is one of its computers.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat -Computers pc1.contoso.com, pc2.contoso.com -Servers 1
# pc3 is no computer of the pool: rejected, pc1 stays the only active server.
Set-CsPersistentChatActiveServer -Identity PersistentChatServer:pchat.contoso.com -ActiveServers @{Add = "pc3.contoso.com"}
(Get-ChatPool pchat.contoso.com).ActiveServers
