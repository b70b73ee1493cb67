# Remove-CsPersistentChatAddin: by identity, piped; one in use needs -Force.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-CsPersistentChatCategory -Name IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
New-CsPersistentChatAddin -Name ITChatAddin -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -Url https://atl-cs-001.litwareinc.com/itchat
New-CsPersistentChatAddin -Name Wiki -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -Url https://wiki.litwareinc.com
New-CsPersistentChatAddin -Name Dashboard -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -Url https://dash.litwareinc.com
New-CsPersistentChatRoom -Name ITChatRoom -Category IT -Addin Dashboard
# Example 1.
Remove-CsPersistentChatAddin -Identity "atl-cs-001.litwareinc.com\ITChatAddin"
# Example 2: every add-in; Dashboard is used by a room, so it needs -Force.
Get-CsPersistentChatAddin | Remove-CsPersistentChatAddin -ErrorAction Continue
(Get-CsPersistentChatAddin).Name
Get-CsPersistentChatAddin | Remove-CsPersistentChatAddin -Force
"add-ins left: " + @(Get-CsPersistentChatAddin).Count + "; room add-in: " + (Get-CsPersistentChatRoom ITChatRoom).Addin
