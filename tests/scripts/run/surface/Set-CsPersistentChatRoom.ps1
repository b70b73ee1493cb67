# Set-CsPersistentChatRoom: by identity, piped, by instance; lists, rename, history and content.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-CsPersistentChatCategory -Name IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -AllowedMembers sip:kenmyer@litwareinc.com, sip:pilar@litwareinc.com
New-CsPersistentChatCategory -Name Ops -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -AllowedMembers sip:kenmyer@litwareinc.com
New-CsPersistentChatRoom -Name ITChatRoom -Category IT
New-CsPersistentChatRoom -Name RedmondChatRoom -Category IT
# Example 1: one room; examples 2 and 3: every room of a pool, every room, piped.
Set-CsPersistentChatRoom -Identity "atl-cs-001.litwareinc.com\ITChatRoom" -Disabled $True
Get-CsPersistentChatRoom -PersistentChatPoolFqdn "atl-cs-001.litwareinc.com" | Set-CsPersistentChatRoom -Disabled $True
Get-CsPersistentChatRoom | Set-CsPersistentChatRoom -Disabled $False
# The list syntax: add, remove, and $null (the category's membership applies again).
Set-CsPersistentChatRoom -Identity atl-cs-001.litwareinc.com\ITChatRoom -Members @{Add="sip:kenmyer@litwareinc.com", "sip:pilar@litwareinc.com"} -Managers @{Add="sip:kenmyer@litwareinc.com"}
Set-CsPersistentChatRoom -Identity atl-cs-001.litwareinc.com\ITChatRoom -Type Auditorium -Presenters "Ken Myer" -AsObject
Set-CsPersistentChatRoom -Identity atl-cs-001.litwareinc.com\RedmondChatRoom -Members sip:pilar@litwareinc.com, sip:kenmyer@litwareinc.com
Set-CsPersistentChatRoom -Identity atl-cs-001.litwareinc.com\RedmondChatRoom -Members @{Remove="sip:pilar@litwareinc.com"}
Set-CsPersistentChatRoom -Identity atl-cs-001.litwareinc.com\RedmondChatRoom -Members $Null -Privacy Open -Invitations False -Description "Redmond campus" -Force
# Moving to a category that does not allow Pilar drops her (members_dropped); a new name follows.
Set-CsPersistentChatRoom -Identity atl-cs-001.litwareinc.com\ITChatRoom -Category Ops -Name OpsChatRoom
# History known by count, and content size.
Set-CsPersistentChatRoom -Identity OpsChatRoom -Messages 250000 -MessagesBefore "1/1/2013" -ContentMB 40
# An object changed in the script, then stored with -Instance.
$room = Get-CsPersistentChatRoom -Identity RedmondChatRoom
$room.Privacy = "Secret"
$room | Set-CsPersistentChatRoom
Get-CsPersistentChatRoom | Format-List Identity, Category, Type, Privacy, Invitations, Disabled, Description, Members, Managers, Presenters, Messages, ContentMB
