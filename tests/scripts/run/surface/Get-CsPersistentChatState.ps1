# Get-CsPersistentChatState: every Persistent Chat pool, one by identity, by -Filter, by Where-Object.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-Pool -Fqdn lync2013b.fabrikam.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat -BackupBackEnd sqlbackup.contoso.com\rtc
New-ChatPool -Fqdn pchat.fabrikam.com -HomePool lync2013b.fabrikam.com -FileStore \\fs02\pchat
Set-CsPersistentChatState -Identity PersistentChatServer:pchat.contoso.com -PoolState FailedOver
Get-CsPersistentChatState
(Get-CsPersistentChatState -Identity "PersistentChatServer:pchat.fabrikam.com").PoolState
Get-CsPersistentChatState -Filter "*.contoso.com" | ForEach-Object { $_.Identity }
Get-CsPersistentChatState | Where-Object {$_.PoolState -eq "FailedOver"} | ForEach-Object { $_.Identity }
# With two Persistent Chat pools, Global no longer says which one.
Get-CsPersistentChatState -Identity Global
