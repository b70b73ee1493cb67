# failover_without_backup: a Persistent Chat pool fails over only to a backup back end it has.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
# No -BackupBackEnd was given: the pool cannot fail over.
Set-CsPersistentChatState -Identity PersistentChatServer:pchat.contoso.com -PoolState FailedOver
Get-CsPersistentChatState
