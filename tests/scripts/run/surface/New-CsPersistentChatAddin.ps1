# New-CsPersistentChatAddin: the reference's pattern; the URL must be http(s).
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
# The reference's example.
New-CsPersistentChatAddin -Name "ITPersistentChatAddin" -PersistentChatPoolFqdn "atl-cs-001.litwareinc.com" -Url "https://atl-cs-001.litwareinc.com/itchat"
# Without -PersistentChatPoolFqdn: the only chat pool.
New-CsPersistentChatAddin -Name Wiki -Url http://wiki.litwareinc.com/chat
Get-CsPersistentChatAddin | Format-Table Identity, Url
New-CsPersistentChatAddin -Name Files -Url \\atl-fs-001\files
