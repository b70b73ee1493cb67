# Remove-CsPersistentChatEndpoint: by identity, piped from a pool's endpoints, then all.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-ChatPool -Fqdn atl-cs-002.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat2
New-CsPersistentChatEndpoint -SipAddress sip:pce@litwareinc.com -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
New-CsPersistentChatEndpoint -SipAddress sip:pce1@litwareinc.com -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
New-CsPersistentChatEndpoint -SipAddress sip:pce2@litwareinc.com -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
New-CsPersistentChatEndpoint -SipAddress sip:pce3@litwareinc.com -PersistentChatPoolFqdn atl-cs-002.litwareinc.com
# Example 1.
Remove-CsPersistentChatEndpoint -Identity "sip:pce@litwareinc.com"
# Example 2: the endpoints of one pool.
Get-CsPersistentChatEndpoint -PersistentChatPoolFqdn "atl-cs-001.litwareinc.com" | Remove-CsPersistentChatEndpoint
(Get-CsPersistentChatEndpoint).SipAddress
# Example 3: all of them; -Force asks for nothing.
Get-CsPersistentChatEndpoint | Remove-CsPersistentChatEndpoint -Force
"endpoints left: " + @(Get-CsPersistentChatEndpoint).Count
Remove-CsPersistentChatEndpoint -Identity sip:pce@litwareinc.com
