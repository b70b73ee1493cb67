# Get-CsPersistentChatRoom: identity, pool, category, filters on settings, membership, content.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-001.litwareinc.com -Version Lync2013 -Site Atlanta
New-ChatPool -Fqdn atl-cs-001.litwareinc.com -HomePool atl-fe-001.litwareinc.com -FileStore \\atl-fs-001\pchat
New-User sip:kenmyer@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Ken Myer"
New-User sip:pilar@litwareinc.com -Pool atl-fe-001.litwareinc.com -DisplayName "Pilar Ackerman"
New-CsPersistentChatCategory -Name IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -AllowedMembers sip:kenmyer@litwareinc.com, sip:pilar@litwareinc.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -AllowedMembers sip:pilar@litwareinc.com
New-CsPersistentChatAddin -Name ITAddin -PersistentChatPoolFqdn atl-cs-001.litwareinc.com -Url https://atl-cs-001.litwareinc.com/itchat
New-CsPersistentChatRoom -Name ITChatRoom -Category IT -Description "Help with laptops" -Addin ITAddin
New-CsPersistentChatRoom -Name ITBoard -Category IT -Type Auditorium -Privacy Open -Invitations False
New-CsPersistentChatRoom -Name Deals -Category Sales -Disabled $true
Set-CsPersistentChatRoom -Identity atl-cs-001.litwareinc.com\ITBoard -Members sip:pilar@litwareinc.com -Managers sip:kenmyer@litwareinc.com -ContentMB 30
# The reference's examples: all rooms, one by identity, those of a pool.
Get-CsPersistentChatRoom | ForEach-Object { $_.Identity }
Get-CsPersistentChatRoom -Identity "atl-cs-001.litwareinc.com\ITChatRoom" | ForEach-Object { $_.Name }
Get-CsPersistentChatRoom -PersistentChatPoolFqdn "atl-cs-001.litwareinc.com" -ResultSize 2 | ForEach-Object { $_.Name }
# Each criterion: one value; several combine.
"category: " + ((Get-CsPersistentChatRoom -Category "IT").Name -join ', ')
"add-in: " + ((Get-CsPersistentChatRoom -Addin ITAddin).Name -join ', ')
"disabled: " + ((Get-CsPersistentChatRoom -Disabled $true).Name -join ', ')
"no invitations, open: " + ((Get-CsPersistentChatRoom -Invitations False -Privacy Open).Name -join ', ')
"auditoriums: " + ((Get-CsPersistentChatRoom -Type Auditorium).Name -join ', ')
"Ken manages: " + ((Get-CsPersistentChatRoom -Manager "sip:kenmyer@litwareinc.com").Name -join ', ')
"Ken is a member of (ITChatRoom inherits IT's membership): " + ((Get-CsPersistentChatRoom -Member "sip:kenmyer@litwareinc.com").Name -join ', ')
"over 20 MB: " + ((Get-CsPersistentChatRoom -ChatContentExceedsMB 20).Name -join ', ')
"name like IT*: " + ((Get-CsPersistentChatRoom -Filter {Name -like "IT*"}).Name -join ', ')
"text 'laptops' in name or description: " + ((Get-CsPersistentChatRoom -SearchDescription -Filter "laptops").Name -join ', ')
Get-CsPersistentChatRoom -Identity ITBoard -AsObject | Format-List Members, Managers
# -Category excludes -PersistentChatPoolFqdn (and -Filter, -Identity).
Get-CsPersistentChatRoom -Category IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com
