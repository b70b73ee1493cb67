# New-CsPersistentChatRoom: the reference's pattern and every setting a new room takes.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-CsPersistentChatCategory -Name IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -EnableInvitations -AllowedMembers sip:kenmyer@litwareinc.com
New-CsPersistentChatAddin -Name ITAddin -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -Url https://atl-cs-001.litwareinc.com/itchat
# The reference's example: a room in the IT category of a pool.
New-CsPersistentChatRoom -Name "ITChatRoom" -PersistentChatPoolFqdn "atl-cs-001.litwareinc.com" -Category "IT"
# Every other parameter.
New-CsPersistentChatRoom -Name ITAnnouncements -Category atl-cs-001.litwareinc.com\IT -Type Auditorium -Privacy Secret -Invitations True -Disabled $true -Addin ITAddin -Description "Outages and changes"
Get-CsPersistentChatRoom | Format-List Identity, Category, Type, Privacy, Invitations, Disabled, Addin, Description, Members
# A value outside the type's values is a binding error.
New-CsPersistentChatRoom -Name Bad -Category IT -Privacy Public
