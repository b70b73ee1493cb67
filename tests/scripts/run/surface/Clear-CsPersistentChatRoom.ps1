# Clear-CsPersistentChatRoom: content posted on or before a date, one room or every room.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-CsPersistentChatCategory -Name IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -AllowedMembers sip:kenmyer@litwareinc.com, sip:pilar@litwareinc.com
New-CsPersistentChatRoom -Name ITChatRoom -Category IT
New-CsPersistentChatRoom -Name Lobby -Category IT
Set-CsPersistentChatRoom -Identity ITChatRoom -Messages 5000 -MessagesBefore 2017-01-01
Add-ChatMessage -Room ITChatRoom -Author sip:kenmyer@litwareinc.com -Text "server patched" -Posted "2/28/2018 4:00 PM"
Add-ChatMessage -Room ITChatRoom -Author sip:pilar@litwareinc.com -Text "thanks" -Posted "3/2/2018 9:00 AM"
Add-ChatMessage -Room Lobby -Author sip:pilar@litwareinc.com -Text "welcome" -Posted "1/15/2018"
# Example 1: what ITChatRoom got on or before 1 March 2018.
Clear-CsPersistentChatRoom -Identity "atl-cs-001.litwareinc.com\ITChatRoom" -EndDate "3/1/2018"
Get-ChatMessage -Room ITChatRoom | Format-Table Posted, Author, Text
# Example 2: every room, without the confirmation prompt.
Get-CsPersistentChatRoom | Clear-CsPersistentChatRoom -EndDate "3/1/2018" -Confirm:$False
Get-CsPersistentChatRoom | Format-Table Name, Messages
