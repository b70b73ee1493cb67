# Remove-CsPersistentChatRoom: by identity, the closed rooms piped, then all of them.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-CsPersistentChatCategory -Name IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -AllowedMembers sip:kenmyer@litwareinc.com
New-CsPersistentChatRoom -Name RedmondChatRoom -Category IT
New-CsPersistentChatRoom -Name ITChatRoom -Category IT -Privacy Closed
New-CsPersistentChatRoom -Name Lobby -Category IT -Privacy Open
New-CsPersistentChatRoom -Name Help -Category IT -Privacy Open
Add-ChatMessage -Room ITChatRoom -Author sip:kenmyer@litwareinc.com -Text "printer down" -Posted 2013-03-01
# Example 1.
Remove-CsPersistentChatRoom -Identity "atl-cs-001.litwareinc.com\RedmondChatRoom"
# Example 3: the closed rooms, piped (their messages go with them).
Get-CsPersistentChatRoom -Privacy "Closed" | Remove-CsPersistentChatRoom
"left: " + ((Get-CsPersistentChatRoom).Name -join ', ') + "; messages: " + @(Get-ChatMessage).Count
# Example 2: every room; -Force asks for nothing.
Get-CsPersistentChatRoom | Remove-CsPersistentChatRoom -Force
"left: " + @(Get-CsPersistentChatRoom).Count
