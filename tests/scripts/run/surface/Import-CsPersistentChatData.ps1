# Import-CsPersistentChatData: from a file (the reference's pattern) or from bytes.
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
# The two steps through a file, previewed (the file is kept in memory under -WhatIf).
Export-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com\rtc -FileName ".\Logs\PersistentChatExport.zip" -WhatIf
Import-CsPersistentChatData -DBInstance "atl-sql-002.litwareinc.com\rtc" -FileName ".\Logs\PersistentChatExport.zip" -WhatIf
# Through bytes, into the stopped second pool; -Report is noted.
$bytes = Export-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com\rtc -AsBytes
Import-CsPersistentChatData -DBInstance atl-sql-002.litwareinc.com\rtc -ByteInput $bytes -Report C:\Logs\import.html
Get-CsPersistentChatRoom -PersistentChatPoolFqdn atl-cs-002.litwareinc.com | Format-Table Identity, Messages
# The running first pool cannot receive data; bytes that are no export are rejected.
Import-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com\rtc -ByteInput $bytes
Import-CsPersistentChatData -DBInstance atl-sql-002.litwareinc.com\rtc -ByteInput @(1, 2, 3)
