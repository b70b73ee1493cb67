# New-CsPersistentChatCategory: the reference's pattern, the real switches and coexist's booleans.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
# The reference's example: a category whose rooms take file uploads.
New-CsPersistentChatCategory -Name "HelpDesk" -PersistentChatPoolFqdn "atl-cs-001.litwareinc.com" -EnableFileUpload
# Invitations on, chat history off, a description (recorded), and who is allowed.
New-CsPersistentChatCategory -Name ITChat -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -EnableInvitations -RemoveChatHistory -Description "IT discussions" -AllowedMembers sip:kenmyer@litwareinc.com, sip:pilar@litwareinc.com -Creators sip:kenmyer@litwareinc.com
# Without -PersistentChatPoolFqdn: the only chat pool.
New-CsPersistentChatCategory -Name Announcements
Get-CsPersistentChatCategory | Format-Table Name, FileUpload, Invitations, ChatHistory, Description
Get-CsPersistentChatCategory -Identity atl-cs-001.litwareinc.com\ITChat | Format-List AllowedMembers, Creators
