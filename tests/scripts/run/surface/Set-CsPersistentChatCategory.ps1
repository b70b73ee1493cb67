# Set-CsPersistentChatCategory: by identity, piped, by instance, renamed, lists edited.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-User sip:dmitri@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Dmitri Ivanov"
New-CsPersistentChatCategory -Name helpdesk -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -EnableFileUpload -AllowedMembers sip:kenmyer@litwareinc.com
New-CsPersistentChatCategory -Name ITChat -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -EnableFileUpload
New-CsPersistentChatRoom -Name ITChatRoom -Category atl-cs-001.litwareinc.com\helpdesk
# Example 1: one category; example 2: every category, piped.
Set-CsPersistentChatCategory -Identity "atl-cs-001.litwareinc.com\helpdesk" -FileUpload $False
Get-CsPersistentChatCategory | Set-CsPersistentChatCategory -FileUpload $False
# The list syntax of the parameter descriptions: add, remove, replace, clear.
Set-CsPersistentChatCategory -Identity atl-cs-001.litwareinc.com\helpdesk -AllowedMembers @{Add="sip:pilar@litwareinc.com", "sip:dmitri@litwareinc.com"} -Creators @{Add="sip:pilar@litwareinc.com"}
Set-CsPersistentChatCategory -Identity atl-cs-001.litwareinc.com\helpdesk -DeniedMembers @{Add="sip:dmitri@litwareinc.com"} -Description "First-line support"
Set-CsPersistentChatCategory -Identity atl-cs-001.litwareinc.com\ITChat -AllowedMembers "Ken Myer" -AsObject
Set-CsPersistentChatCategory -Identity atl-cs-001.litwareinc.com\ITChat -AllowedMembers $Null
# An object changed in the script, stored with -Instance; then a rename the room follows.
$category = Get-CsPersistentChatCategory -Identity atl-cs-001.litwareinc.com\helpdesk
$category.Invitations = $True
Set-CsPersistentChatCategory -Instance $category
Set-CsPersistentChatCategory -Identity atl-cs-001.litwareinc.com\helpdesk -Name ServiceDesk
Get-CsPersistentChatCategory | Format-List Identity, FileUpload, Invitations, Description, AllowedMembers, DeniedMembers, Creators
(Get-CsPersistentChatRoom ITChatRoom).Category
