# Get-CsPersistentChatAddin: every add-in, one by identity, those of a pool.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-ChatPool -Fqdn atl-cs-002.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat2
New-CsPersistentChatAddin -Name ITPersistentChatAddin -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -Url https://atl-cs-001.litwareinc.com/itchat
New-CsPersistentChatAddin -Name Wiki -PersistentChatPoolFqdn atl-cs-002.litwareinc.com -Url https://wiki.litwareinc.com
# Examples 1, 2 and 3.
Get-CsPersistentChatAddin | ForEach-Object { $_.Identity }
Get-CsPersistentChatAddin -Identity "atl-cs-001.litwareinc.com\ITPersistentChatAddin" | Format-List *
Get-CsPersistentChatAddin -PersistentChatPoolFqdn "atl-cs-002.litwareinc.com" | ForEach-Object { $_.Name }
# A name no pool has.
Get-CsPersistentChatAddin -Identity atl-cs-001.litwareinc.com\Wikki
