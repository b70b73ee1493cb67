# Set-CsPersistentChatConfiguration: by identity, for piped collections, filtered, and with -Instance.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-CsPersistentChatConfiguration -Identity site:Redmond -DefaultChatHistory 200
New-CsPersistentChatConfiguration -Identity site:Dublin
# Global by name, then without -Identity (Global too).
Set-CsPersistentChatConfiguration -Identity "global" -DefaultChatHistory 100
Set-CsPersistentChatConfiguration -MaxFileSizeKB 15000
# Every site collection gets 50 messages; then every collection above 100 is capped.
Get-CsPersistentChatConfiguration -Filter "site:*" | Set-CsPersistentChatConfiguration -DefaultChatHistory 50
Set-CsPersistentChatConfiguration site:Redmond -DefaultChatHistory 300
Get-CsPersistentChatConfiguration | Where-Object {$_.DefaultChatHistory -gt 100} | Set-CsPersistentChatConfiguration -DefaultChatHistory 100
# Every collection at once, from the pipeline.
Get-CsPersistentChatConfiguration | Set-CsPersistentChatConfiguration -ParticipantUpdateLimit 90
# An edited instance is stored as it is.
$dublin = Get-CsPersistentChatConfiguration site:Dublin
$dublin.RoomManagementUrl = "https://chat.contoso.com/dublin"
Set-CsPersistentChatConfiguration -Instance $dublin -Force
Get-CsPersistentChatConfiguration | Format-Table Identity, DefaultChatHistory, MaxFileSizeKB, ParticipantUpdateLimit, RoomManagementUrl
# A value the property cannot hold is refused when binding.
Set-CsPersistentChatConfiguration -MaxFileSizeKB -1
