# New-CsPersistentChatEndpoint: the reference's pattern; a pool may have several endpoints.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
# The reference's example.
New-CsPersistentChatEndpoint -SipAddress "sip:pce@litwareinc.com" -PersistentChatPoolFqdn "atl-cs-001.litwareinc.com" -DisplayName "Persistent Chat Endpoint 1"
# A second contact for the same pool (the legacy Group Chat lookup address), with -PassThru.
New-CsPersistentChatEndpoint -SipAddress sip:ocschat@litwareinc.com -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -PassThru
Get-ChatPool atl-cs-001.litwareinc.com | Format-List Fqdn, Endpoint
# Rejected: an address already used by a user.
New-CsPersistentChatEndpoint -SipAddress sip:kenmyer@litwareinc.com -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
