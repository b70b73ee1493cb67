# Export-CsPersistentChatData: to a file or as bytes, narrowed by level, scope and start date.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat -BackEnd atl-sql-001.litwareinc.com\rtc
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-ChatPool -Fqdn atl-cs-002.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat2 -BackEnd atl-sql-002.litwareinc.com\rtc
New-CsPersistentChatCategory -Name IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -AllowedMembers sip:kenmyer@litwareinc.com, sip:pilar@litwareinc.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -AllowedMembers sip:pilar@litwareinc.com
New-CsPersistentChatRoom -Name ITChatRoom -Category IT
New-CsPersistentChatRoom -Name Deals -Category Sales
Add-ChatMessage -Room ITChatRoom -Author sip:kenmyer@litwareinc.com -Text "old outage" -Posted 12/1/2017
Add-ChatMessage -Room ITChatRoom -Author sip:pilar@litwareinc.com -Text "new laptops" -Posted 2/1/2018
Stop-ChatPool atl-cs-002.litwareinc.com
# The reference's example (under -WhatIf: the file is not written).
Export-CsPersistentChatData -DBInstance "atl-sql-001.litwareinc.com\rtc" -FileName ".\Logs\PersistentChatData.zip" -WhatIf
# As bytes, narrowed: the IT category, content from 2018 on; -Report and -DBName are noted.
$bytes = Export-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com\rtc -AsBytes -Scope IT -StartDate "1/1/2018" -Report C:\Logs\export.html
Import-CsPersistentChatData -DBInstance atl-sql-002.litwareinc.com\rtc -ByteInput $bytes
Get-ChatMessage -Room atl-cs-002.litwareinc.com\ITChatRoom | Format-Table Posted, Author, Text
Get-CsPersistentChatRoom -PersistentChatPoolFqdn atl-cs-002.litwareinc.com | Format-Table Identity, Messages
# The room directory only (no messages), and the exported rooms disabled at the source.
$directory = Export-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com\rtc -AsBytes -Level RoomDirectory -Scope Sales -DisableExportedNodes
Import-CsPersistentChatData -DBInstance atl-sql-002.litwareinc.com\rtc -ByteInput $directory
Get-CsPersistentChatRoom | Format-Table Identity, Disabled, Messages
# Not both -FileName and -AsBytes; a level outside its values; a category the pool lacks.
Export-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com\rtc -FileName C:\Logs\x.zip -AsBytes
Export-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com\rtc -AsBytes -Level Rooms
Export-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com\rtc -AsBytes -Scope Finance
