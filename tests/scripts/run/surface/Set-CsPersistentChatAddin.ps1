# Set-CsPersistentChatAddin: a new URL, a new name (rooms follow), by instance; rules still apply.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-CsPersistentChatCategory -Name IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
New-CsPersistentChatAddin -Name ITPersistentChatAddin -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -Url https://atl-cs-001.litwareinc.com/itchat
New-CsPersistentChatAddin -Name Wiki -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -Url https://wiki.litwareinc.com
New-CsPersistentChatRoom -Name ITChatRoom -Category IT -Addin ITPersistentChatAddin
# The reference's example.
Set-CsPersistentChatAddin -Identity "atl-cs-001.litwareinc.com\ITPersistentChatAddin" -Url "https://atl-cs-001.litwareinc.com/itchat2"
Set-CsPersistentChatAddin -Identity atl-cs-001.litwareinc.com\ITPersistentChatAddin -Name ITAddin
$addin = Get-CsPersistentChatAddin -Identity Wiki
$addin.Url = "https://wiki.litwareinc.com/v2"
Set-CsPersistentChatAddin -Instance $addin
Get-CsPersistentChatAddin | Format-Table Identity, Url
(Get-CsPersistentChatRoom ITChatRoom).Addin
# Rejected: a URL that is not http(s), a name taken.
Set-CsPersistentChatAddin -Identity ITAddin -Url ftp://atl-cs-001.litwareinc.com/itchat
Set-CsPersistentChatAddin -Identity ITAddin -Name Wiki
