# Remove-CsPersistentChatCategory: by identity, piped; a category with rooms stays.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-CsPersistentChatCategory -Name helpdesk -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
New-CsPersistentChatCategory -Name ITChat -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
New-CsPersistentChatCategory -Name Finance -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
New-CsPersistentChatRoom -Name Budget -Category atl-cs-001.litwareinc.com\Finance
# Example 1.
Remove-CsPersistentChatCategory -Identity "atl-cs-001.litwareinc.com\helpdesk"
Get-CsPersistentChatCategory | ForEach-Object { $_.Name }
# Example 2: every category; Finance still has a room (category_not_empty), the loop goes on.
Get-CsPersistentChatCategory | Remove-CsPersistentChatCategory -ErrorAction Continue
Get-CsPersistentChatCategory | ForEach-Object { $_.Name }
