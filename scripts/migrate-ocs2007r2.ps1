# Rehearsal: Office Communications Server 2007 R2 Group Chat -> Lync Server 2013 Persistent Chat.
#
# OCS 2007 R2 Group Chat has what Persistent Chat does not: nested categories, category
# managers, and federated members. This script models such a deployment, moves the users with
# Move-CsLegacyUser (OCS users cannot be moved with Move-CsUser), migrates the chat data and
# shows what the migration does to it: nested names are flattened (Sales_EMEA,
# Sales_EMEA_Deals), root-category managers manage every room below, federated members lose
# access, a disabled room stays behind. It ends with only the Persistent Chat pool.

Import-Module Lync

# --- Part 1: today's deployment ---------------------------------------------------------
# Lync 2013 coexists with OCS 2007 R2 here, so there is no Lync 2010 pool anywhere in the forest.
New-Site -Identity Chicago
New-Pool -Fqdn ocs.contoso.com -Version Ocs2007R2 -Site Chicago -Edition Enterprise
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Chicago -Edition Enterprise

# The existing OCS 2007 R2 Group Chat pool (an existing legacy pool is modelled with -Kind).
New-ChatPool -Fqdn gc2007.contoso.com -HomePool ocs.contoso.com -Kind GroupChat2007R2 `
    -FileStore \\fs01\groupchat2007

# Twelve users homed on OCS 2007 R2, their Group Chat client configured for the legacy pool.
$names = 'ann', 'bob', 'carla', 'dieter', 'emma', 'femi', 'gus', 'hana', 'ivo', 'jun', 'kim', 'lena'
foreach ($name in $names) {
    $sip = "sip:$name@contoso.com"
    Enable-CsUser -Identity $sip -DisplayName $name -RegistrarPool ocs.contoso.com
    Set-CsUser -Identity $sip -GroupChatPool gc2007.contoso.com
}
$everyone = $names | ForEach-Object { "sip:$_@contoso.com" }
$emea = 'sip:dieter@contoso.com', 'sip:emma@contoso.com', 'sip:femi@contoso.com', 'sip:hana@contoso.com'

# Partners at Fabrikam are federated members of the deal rooms.
New-CsAllowedDomain -Identity fabrikam.com
$partners = 'sip:paul@fabrikam.com', 'sip:rita@fabrikam.com'

# Nested categories: Sales > EMEA > Deals. Ann and Bob manage the root category Sales.
New-ChatCategory -Name Sales -ChatPool gc2007.contoso.com -AllowedMembers ($everyone + $partners) `
    -Managers sip:ann@contoso.com, sip:bob@contoso.com -Invitations $true
New-ChatCategory -Name EMEA -ChatPool gc2007.contoso.com -ParentCategory Sales `
    -AllowedMembers ($emea + $partners) -Invitations $true -FileUpload $true
New-ChatCategory -Name Deals -ChatPool gc2007.contoso.com -ParentCategory EMEA `
    -AllowedMembers ($emea + $partners) -Invitations $true
New-ChatCategory -Name Social -ChatPool gc2007.contoso.com -AllowedMembers $everyone

# Rooms. Invitations on where the category allows them.
New-ChatRoom -Name Pipeline -Category gc2007.contoso.com\Sales -Privacy Open -Invitations True
New-ChatRoom -Name EmeaTeam -Category gc2007.contoso.com\EMEA -Invitations True
New-ChatRoom -Name BigDeal -Category gc2007.contoso.com\Deals -Privacy Secret -Invitations True
New-ChatRoom -Name Lunch -Category gc2007.contoso.com\Social -Privacy Open
# A room nobody uses any more: disabled rooms are how an administrator leaves a room behind.
New-ChatRoom -Name OldQuarter -Category gc2007.contoso.com\Deals -Disabled $true

Set-ChatRoom -Identity gc2007.contoso.com\Pipeline -Members $everyone
Set-ChatRoom -Identity gc2007.contoso.com\EmeaTeam -Members $emea -Managers sip:dieter@contoso.com
Set-ChatRoom -Identity gc2007.contoso.com\BigDeal -Members ($emea + $partners) `
    -Messages 5400 -MessagesBefore 2026-06-30
Set-ChatRoom -Identity gc2007.contoso.com\Lunch -Members $everyone

# Later somebody switched invitations off for Deals; BigDeal still says True (legacy pools allow it).
Set-ChatCategory -Identity gc2007.contoso.com\Deals -Invitations $false

Get-ChatCategory -ChatPool gc2007.contoso.com | Format-Table Name, ParentCategory, Invitations, FileUpload

# --- Part 2: the migration --------------------------------------------------------------
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -Servers 2 -FileStore \\fs01\pchat
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat.contoso.com -SipAddress sip:ocschat@contoso.com
Set-CsPersistentChatPolicy -Identity Global -EnablePersistentChat $true

# Users first: OCS 2007 R2 users move with Move-CsLegacyUser.
Get-CsUser -Pool ocs.contoso.com | Move-CsLegacyUser -Target lync2013.contoso.com

# Then the chat data, with both pools' services stopped.
Stop-ChatPool -Identity gc2007.contoso.com
Stop-ChatPool -Identity pchat.contoso.com
Move-ChatData -Source gc2007.contoso.com -Target pchat.contoso.com
Start-ChatPool -Identity pchat.contoso.com

# What arrived: flattened names, the root managers on every room, BigDeal's invitations reset.
Get-ChatCategory -ChatPool pchat.contoso.com | Format-Table Name, Invitations
Get-ChatRoom -ChatPool pchat.contoso.com | Format-List Name, Category, Managers, Invitations
$left = Get-ChatRoom -ChatPool gc2007.contoso.com | Where-Object { $_.Disabled } | ForEach-Object { $_.Name }
Write-Output "Left behind on the legacy pool (disabled): $left"

# Point the legacy clients at the new pool and decommission OCS 2007 R2 Group Chat.
Get-CsUser | Set-CsUser -GroupChatPool pchat.contoso.com
if (Test-Decommission -ChatPool gc2007.contoso.com) {
    Write-Error "gc2007.contoso.com still has blockers"
    exit 1
}
Remove-ChatPool -Identity gc2007.contoso.com
Remove-Pool -Identity ocs.contoso.com

Get-ChatPool
Get-MigrationStatus
