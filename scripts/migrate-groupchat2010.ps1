# Rehearsal: Lync Server 2010 Group Chat -> Lync Server 2013 Persistent Chat.
#
# Part 1 describes the deployment as it stands today (Topology Builder has no cmdlets, so
# coexist models it with New-Site / New-Pool / New-ChatPool). Part 2 is the migration exactly
# as it will be run in the Lync Server Management Shell.

Import-Module Lync

# --- Part 1: today's deployment ---------------------------------------------------------
New-Site -Identity Redmond
New-Site -Identity Dublin
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond -Edition Enterprise
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond -Edition Enterprise
New-Pool -Fqdn dub2013.contoso.com -Version Lync2013 -Site Dublin -Edition Standard

# The existing Lync 2010 Group Chat pool with its lookup endpoint address.
New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 `
    -FileStore \\fs01\groupchat

# 60 users homed on Lync 2010, configured for the Group Chat client.
$departments = 'Sales', 'Engineering', 'Support'
foreach ($i in 1..60) {
    $dept = $departments[$i % 3]
    Enable-CsUser -Identity "sip:user$i@contoso.com" -DisplayName "User $i ($dept)" `
        -RegistrarPool lync2010.contoso.com
    Set-User -Identity "sip:user$i@contoso.com" -GroupChatPool gc2010.contoso.com
}

# Legacy chat content: categories, rooms with members, managers and presenters, an add-in.
$sales = 1..60 | Where-Object { $_ % 3 -eq 1 } | ForEach-Object { "sip:user$_@contoso.com" }
$eng = 1..60 | Where-Object { $_ % 3 -eq 2 } | ForEach-Object { "sip:user$_@contoso.com" }
New-ChatCategory -Name Sales -ChatPool gc2010.contoso.com -AllowedMembers $sales -Creators sip:user1@contoso.com
New-ChatCategory -Name Engineering -ChatPool gc2010.contoso.com -AllowedMembers $eng -FileUpload $true
New-ChatAddin -Name Dashboard -ChatPool gc2010.contoso.com -Url https://intranet.contoso.com/dashboard
New-ChatRoom -Name SalesTeam -Category gc2010.contoso.com\Sales -Privacy Closed -Addin Dashboard
New-ChatRoom -Name AllHands -Category gc2010.contoso.com\Sales -Type Auditorium -Privacy Open
New-ChatRoom -Name BuildBreaks -Category gc2010.contoso.com\Engineering
Set-ChatRoom -Identity gc2010.contoso.com\SalesTeam -Members $sales -Managers sip:user1@contoso.com
Set-ChatRoom -Identity gc2010.contoso.com\AllHands -Members @{Add = $sales[0..4]} -Presenters sip:user1@contoso.com
Set-ChatRoom -Identity gc2010.contoso.com\BuildBreaks -Members $eng -Messages 1200 -MessagesBefore 2026-10-01

# --- Part 2: the migration --------------------------------------------------------------
# The new Persistent Chat pool, homed on Lync 2013, with the legacy lookup address.
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -Servers 2 -StandbyServers 2 `
    -FileStore \\fs01\pchat
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat.contoso.com -SipAddress sip:ocschat@contoso.com

# Policies at all three scopes: off globally, on for Redmond, on for a pilot tag.
Set-CsPersistentChatPolicy -Identity Global -EnablePersistentChat $false
New-CsPersistentChatPolicy -Identity site:Redmond -EnablePersistentChat $true
New-CsPersistentChatPolicy -Identity PilotChat -EnablePersistentChat $true -Description "Pilot users"

# Move everybody to Lync 2013 and grant the pilot policy to the Sales users.
Get-CsUser -Pool lync2010.contoso.com | Move-CsUser -Target lync2013.contoso.com
$sales | Grant-CsPersistentChatPolicy -PolicyName PilotChat

# Migrate the chat data: both pools' services stopped, data moved, new pool started.
Stop-ChatPool -Identity gc2010.contoso.com
Stop-ChatPool -Identity pchat.contoso.com
Move-ChatData -Source gc2010.contoso.com -Target pchat.contoso.com
Start-ChatPool -Identity pchat.contoso.com

# Point every legacy client at the new pool, then decommission the legacy deployment.
Get-CsUser | Set-User -GroupChatPool pchat.contoso.com
if (Test-Decommission -ChatPool gc2010.contoso.com) {
    Write-Error "gc2010.contoso.com still has blockers"
    exit 1
}
Remove-ChatPool -Identity gc2010.contoso.com
Remove-Pool -Identity lync2010.contoso.com

Get-ChatPool
Get-MigrationStatus
