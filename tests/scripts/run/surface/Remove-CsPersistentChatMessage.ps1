# Remove-CsPersistentChatMessage: by date, author and keywords; remove, replace, default notice.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-User sip:dmitri@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Dmitri Ivanov"
New-CsPersistentChatCategory -Name IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -AllowedMembers sip:kenmyer@litwareinc.com, sip:pilar@litwareinc.com, sip:dmitri@litwareinc.com
New-CsPersistentChatRoom -Name ITChatRoom -Category IT
Set-CsPersistentChatRoom -Identity ITChatRoom -Messages 800 -MessagesBefore 2012-01-01
Add-ChatMessage -Room ITChatRoom -Author sip:pilar@litwareinc.com -Text "Meeting moved to Fabrikam's office" -Posted "3/30/2012 10:00 AM"
Add-ChatMessage -Room ITChatRoom -Author sip:kenmyer@litwareinc.com -Text "For internal use only: Contoso pricing" -Posted "4/2/2012 9:15 AM"
Add-ChatMessage -Room ITChatRoom -Author sip:kenmyer@litwareinc.com -Text "Lunch with Fabrikam and Contoso" -Posted "4/3/2012"
Add-ChatMessage -Room ITChatRoom -Author sip:dmitri@litwareinc.com -Text "only internal use, for now" -Posted "4/4/2012"
# Example 1: posted on or before 1 April 2012 (the described history too), deleted.
Remove-CsPersistentChatMessage -Identity "atl-cs-001.litwareinc.com\ITChatRoom" -EndDate "4/1/2012" -Remove
# Example 2's pattern: one user's messages; without -Remove or -ReplaceMessage they are replaced by a notice.
Remove-CsPersistentChatMessage -Identity "atl-cs-001.litwareinc.com\ITChatRoom" -UserUri "sip:dmitri@litwareinc.com"
# Keywords: all of them (default), any one (Or), the exact phrase; case-insensitive unless asked.
Remove-CsPersistentChatMessage -Identity ITChatRoom -Filter "contoso lunch" -ReplaceMessage "[lunch plans removed]"
Remove-CsPersistentChatMessage -Identity ITChatRoom -Filter "For internal use only" -MatchClause Exact -CaseSensitive $true -StartDate 4/2/2012 -Remove
Get-ChatMessage -Room ITChatRoom | Format-Table Posted, Author, Text, State
(Get-CsPersistentChatRoom ITChatRoom).Messages
# -Remove and -ReplaceMessage are two parameter sets: not together.
Remove-CsPersistentChatMessage -Identity ITChatRoom -Remove -ReplaceMessage "x"
