# Set-CsPersistentChatState: fail over by identity, fail back through -Instance, the only pool by default.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat -BackupBackEnd sqlbackup.contoso.com\rtc
Set-CsPersistentChatState -Identity "PersistentChatServer:pchat.contoso.com" -PoolState "FailedOver" -PassThru | Select-Object Fqdn, PoolState, BackupBackEnd
# Back to the primary databases, piping the state object in.
Get-CsPersistentChatState | Set-CsPersistentChatState -PoolState Normal -Force
(Get-CsPersistentChatState).PoolState
# Without -Identity: the only Persistent Chat pool.
Set-CsPersistentChatState -PoolState FailedOver -WhatIf
(Get-CsPersistentChatState).PoolState
# PoolState takes Normal or FailedOver only.
Set-CsPersistentChatState -PoolState Degraded
