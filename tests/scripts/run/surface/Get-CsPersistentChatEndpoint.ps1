# Get-CsPersistentChatEndpoint: every endpoint, one by identity, by pool, by filter, OU and count.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-ChatPool -Fqdn atl-cs-002.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat2
New-CsPersistentChatEndpoint -SipAddress sip:pce@litwareinc.com -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -DisplayName "Persistent Chat Endpoint 1"
New-CsPersistentChatEndpoint -SipAddress sip:ocschat@litwareinc.com -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
New-CsPersistentChatEndpoint -SipAddress sip:pce2@litwareinc.com -PersistentChatPoolFqdn atl-cs-002.litwareinc.com -DisplayName "Persistent Chat Endpoint 2"
# Examples 1, 2 and 3.
Get-CsPersistentChatEndpoint
Get-CsPersistentChatEndpoint -Identity "sip:pce@litwareinc.com" | Format-List *
Get-CsPersistentChatEndpoint -PersistentChatPoolFqdn atl-cs-001.litwareinc.com | ForEach-Object { $_.SipAddress }
# A filter block or pattern, the configuration container, a count.
(Get-CsPersistentChatEndpoint -Filter {DisplayName -like "*Endpoint 2"}).SipAddress
(Get-CsPersistentChatEndpoint -Filter "pce*").SipAddress -join ', '
@(Get-CsPersistentChatEndpoint -OU "CN=Configuration,DC=litwareinc,DC=com").Count
@(Get-CsPersistentChatEndpoint -OU "OU=Sales,DC=litwareinc,DC=com").Count
@(Get-CsPersistentChatEndpoint -ResultSize 1).Count
@(Get-CsPersistentChatEndpoint -ResultSize Unlimited -DomainController atl-dc-001.litwareinc.com).Count
