# Test-CsPersistentChatMessage: can two users exchange messages? An access query, no diagnostic.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-Pool -Fqdn atl-fe-010.litwareinc.com -Version Lync2010 -Site Atlanta
New-User sip:dmitri@litwareinc.com -Pool atl-fe-010.litwareinc.com -DisplayName "Dmitri Ivanov"
Set-CsPersistentChatPolicy -Identity Global -EnablePersistentChat $true
New-CsPersistentChatCategory -Name IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -AllowedMembers sip:kenmyer@litwareinc.com, sip:pilar@litwareinc.com
New-CsPersistentChatRoom -Name ITChatRoom -Category IT
Set-CsPersistentChatRoom -Identity ITChatRoom -Members sip:pilar@litwareinc.com
$cred1 = "litwareinc\pilar"
$cred2 = "litwareinc\kenmyer"
# The reference's example (credentials have no effect in a rehearsal).
Test-CsPersistentChatMessage -TargetFqdn atl-fe-001.litwareinc.com -SenderSipAddress "sip:pilar@litwareinc.com" -SenderCredential $cred1 -ReceiverSipAddress "sip:kenmyer@litwareinc.com" -ReceiverCredential $cred2
# In a room Ken is not a member of; with a user on Lync Server 2010.
(Test-CsPersistentChatMessage -TargetFqdn atl-fe-001.litwareinc.com -sa sip:pilar@litwareinc.com -ra sip:kenmyer@litwareinc.com -ChatRoomUri atl-cs-001.litwareinc.com\ITChatRoom).Error
(Test-CsPersistentChatMessage atl-cs-001.litwareinc.com -SenderSipAddress sip:pilar@litwareinc.com -ReceiverSipAddress sip:dmitri@litwareinc.com) | Format-List Result, Error
# No Persistent Chat pool serves the Lync Server 2010 pool: a failed test, not an error.
(Test-CsPersistentChatMessage -TargetFqdn atl-fe-010.litwareinc.com -SenderSipAddress sip:dmitri@litwareinc.com -ReceiverSipAddress sip:pilar@litwareinc.com).Error
if ((Test-CsPersistentChatMessage -SenderSipAddress sip:pilar@litwareinc.com -ReceiverSipAddress sip:kenmyer@litwareinc.com).Result -ne "Success") { exit 1 }
