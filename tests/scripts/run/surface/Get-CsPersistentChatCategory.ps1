# Get-CsPersistentChatCategory: every category, by pool, by identity, filtered, and with display names.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-ChatPool -Fqdn atl-cs-002.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat2
New-CsPersistentChatCategory -Name ITChat -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -EnableInvitations -AllowedMembers sip:kenmyer@litwareinc.com, sip:pilar@litwareinc.com -Creators sip:kenmyer@litwareinc.com
New-CsPersistentChatCategory -Name HelpDesk -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -AllowedMembers sip:pilar@litwareinc.com -Creators sip:pilar@litwareinc.com
New-CsPersistentChatCategory -Name Finance -PersistentChatPoolFqdn atl-cs-002.litwareinc.com
# Example 1: all categories; example 2: those of one pool.
Get-CsPersistentChatCategory | Format-Table Identity, Invitations
Get-CsPersistentChatCategory -PersistentChatPoolFqdn "atl-cs-001.litwareinc.com" | ForEach-Object { $_.Name }
Get-CsPersistentChatCategory -Identity "atl-cs-001.litwareinc.com\HelpDesk" | ForEach-Object { $_.Identity }
# Example 3's pattern, on the property the objects have (Invitations).
Get-CsPersistentChatCategory | Where-Object {$_.Invitations -eq $False} | ForEach-Object { $_.Name }
# Example 4's pattern: creators are SIP addresses, or display names with -AsObject.
Get-CsPersistentChatCategory | Where-Object {$_.Creators -contains "sip:kenmyer@litwareinc.com"} | ForEach-Object { $_.Name }
Get-CsPersistentChatCategory -AsObject | Where-Object {$_.Creators -contains "Ken Myer"} | ForEach-Object { $_.Name }
# -Identity and -PersistentChatPoolFqdn are two parameter sets: not together.
Get-CsPersistentChatCategory -Identity ITChat -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
