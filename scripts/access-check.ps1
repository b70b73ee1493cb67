# Access check: who loses chat if we move the users now?
#
# Before the move every user reaches the Lync 2010 Group Chat pool with the Group Chat client.
# After Move-CsUser they sign in with the Lync 2013 client, which reaches only the Persistent
# Chat pool, and only when the user's effective Persistent Chat policy enables it. This script
# rehearses the move on the model and lists, per user and client, what changes.

Import-Module Lync

# --- Today's deployment -----------------------------------------------------------------
New-Site -Identity Redmond
New-Site -Identity Dublin
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond -Edition Enterprise
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond -Edition Enterprise
New-Pool -Fqdn dub2013.contoso.com -Version Lync2013 -Site Dublin -Edition Enterprise
New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 `
    -FileStore \\fs01\groupchat
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat.contoso.com -SipAddress sip:ocschat@contoso.com

# Persistent Chat is off globally, on for the Redmond site, on for a pilot tag.
Set-CsPersistentChatPolicy -Identity Global -EnablePersistentChat $false
New-CsPersistentChatPolicy -Identity site:Redmond -EnablePersistentChat $true
New-CsPersistentChatPolicy -Identity PilotChat -EnablePersistentChat $true

# Five users on Lync 2010. Dieter's Group Chat client was never configured; Emma has left.
$plan = [ordered]@{
    'sip:ann@contoso.com'    = 'lync2013.contoso.com'
    'sip:bob@contoso.com'    = 'dub2013.contoso.com'
    'sip:carla@contoso.com'  = 'dub2013.contoso.com'
    'sip:dieter@contoso.com' = 'lync2013.contoso.com'
    'sip:emma@contoso.com'   = 'lync2013.contoso.com'
}
foreach ($sip in $plan.Keys) {
    Enable-CsUser -Identity $sip -RegistrarPool lync2010.contoso.com
    if ($sip -ne 'sip:dieter@contoso.com') {
        Set-CsUser -Identity $sip -GroupChatPool gc2010.contoso.com
    }
}
Set-CsUser -Identity sip:emma@contoso.com -Enabled $false
# Carla is in the pilot; the grant takes effect once she is on Lync 2013 (a warning says so).
Grant-CsPersistentChatPolicy -Identity sip:carla@contoso.com -PolicyName PilotChat

# The access matrix, one row per user and client: the chat pools reachable, and why the others
# are not (short user names and reason codes without their coexist::access:: prefix, so the
# table fits).
$matrix = @{ Label = 'User'; Expression = { $_.User -replace '^sip:|@contoso\.com$', '' } },
    'Client',
    @{ Label = 'ChatPools'; Expression = { $_.ChatPools -join ', ' } },
    @{ Label = 'Why not the others'; Expression = { ($_.Reasons -replace 'coexist::access::', '') -join ', ' } }

# --- Before the move ---------------------------------------------------------------------
Write-Output '== Before the move'
Get-AccessMatrix | Format-Table $matrix
$before = @{}
foreach ($sip in $plan.Keys) {
    $before[$sip] = (Test-ChatAccess -User $sip -Client GroupChatClient -ChatPool gc2010.contoso.com).Allowed
}

# --- Rehearse the move --------------------------------------------------------------------
foreach ($sip in $plan.Keys) {
    Move-CsUser -Identity $sip -Target $plan[$sip]
}

Write-Output '== After the move'
Get-AccessMatrix | Format-Table $matrix

# The Lync 2013 client against the Persistent Chat pool, the legacy client against Group Chat.
$after = foreach ($sip in $plan.Keys) {
    Test-ChatAccess -User $sip -Client Lync2013 -ChatPool pchat.contoso.com
    Test-ChatAccess -User $sip -Client GroupChatClient -ChatPool gc2010.contoso.com
}
$after | Format-Table User, Client, ChatPool, Allowed, Reason

# Who loses chat: could chat before, cannot reach Persistent Chat from Lync 2013 after.
Write-Output '== Who loses chat if we move now'
foreach ($sip in $plan.Keys) {
    $now = Test-ChatAccess -User $sip -Client Lync2013 -ChatPool pchat.contoso.com
    if ($before[$sip] -and -not $now.Allowed) {
        Write-Output "$sip loses chat: $($now.Reason)"
    }
}

# Bob's new home is in Dublin, where only the Global policy (off) applies. A site policy for
# Dublin fixes that; the same check then finds nobody.
New-CsPersistentChatPolicy -Identity site:Dublin -EnablePersistentChat $true
$losers = @(foreach ($sip in $plan.Keys) {
    $now = Test-ChatAccess -User $sip -Client Lync2013 -ChatPool pchat.contoso.com
    if ($before[$sip] -and -not $now.Allowed) { $sip }
})
Write-Output "== With a Dublin site policy, users who lose chat: $($losers.Count)"
