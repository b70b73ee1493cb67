# Typical mistakes: a migration script as an administrator might first write it, run through
# coexist before it goes anywhere near production. Every error here is non-terminating, as in
# PowerShell: the failing statement changes nothing and the script goes on, so one run shows
# every problem. The run exits 1. The numbered comments say what coexist catches.

Import-Module Lync

# Contoso runs Lync Server 2010 Group Chat in Redmond; Lync Server 2013 is being introduced.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond -Edition Enterprise
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond -Edition Enterprise
New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 `
    -FileStore \\fs01\groupchat

# (1) The old OCS 2007 R2 pool is still in the inventory spreadsheet, so it is added too: Lync
#     2013 coexists with Lync 2010 or with OCS 2007 R2, never with both in one forest.
New-Pool -Fqdn ocs.contoso.com -Version Ocs2007R2 -Site Redmond

# The acquired Fabrikam forest still runs OCS 2007 R2 next to its own Lync 2013 pool.
New-Site -Identity Berlin -Forest fabrikam.local
New-Pool -Fqdn ocs.fabrikam.com -Version Ocs2007R2 -Site Berlin
New-Pool -Fqdn lync2013.fabrikam.com -Version Lync2013 -Site Berlin

foreach ($name in 'ann', 'bob', 'carla', 'dieter') {
    Enable-CsUser -Identity "sip:$name@contoso.com" -DisplayName $name -RegistrarPool lync2010.contoso.com
    Set-CsUser -Identity "sip:$name@contoso.com" -GroupChatPool gc2010.contoso.com
}
Enable-CsUser -Identity sip:franz@fabrikam.com -DisplayName Franz -RegistrarPool ocs.fabrikam.com

New-ChatCategory -Name Sales -ChatPool gc2010.contoso.com `
    -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com, sip:carla@contoso.com
New-ChatRoom -Name Kickoff -Category gc2010.contoso.com\Sales -Type Auditorium
Set-ChatRoom -Identity gc2010.contoso.com\Kickoff -Members sip:ann@contoso.com, sip:bob@contoso.com

# (2) A presenter of the auditorium who is not one of its members.
Set-ChatRoom -Identity gc2010.contoso.com\Kickoff -Presenters sip:carla@contoso.com

# (3) A ValidateSet value from another product: rooms are Open, Closed or Secret.
New-ChatRoom -Name Forecast -Category gc2010.contoso.com\Sales -Privacy Private

# The new Persistent Chat pool.
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat

# (4) A second Persistent Chat pool homed on the wrong pool: Lync 2010 cannot home one.
New-ChatPool -Fqdn pchat2.contoso.com -HomePool lync2010.contoso.com -FileStore \\fs01\pchat2

# (5) A typo in a pool name.
New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat.contoso.co -SipAddress sip:ocschat@contoso.com

# Policies: on for Redmond.
New-CsPersistentChatPolicy -Identity site:Redmond -EnablePersistentChat $true

# (6) Granting a site policy: only per-user (tag) policies can be granted.
Grant-CsPersistentChatPolicy -Identity sip:ann@contoso.com -PolicyName site:Redmond

# (7) A parameter typo.
Get-CsUser -Pool lync2010.contoso.com | Move-CsUser -Taget lync2013.contoso.com

# (8) A warning, not an error: the pilot policy is granted, but since (7) failed the users are
#     still on Lync 2010, where a Persistent Chat policy has no effect.
New-CsPersistentChatPolicy -Identity PilotChat -EnablePersistentChat $true
Grant-CsPersistentChatPolicy -Identity sip:bob@contoso.com -PolicyName PilotChat

# (9) The Fabrikam user is on OCS 2007 R2: Move-CsUser cannot move him.
Move-CsUser -Identity sip:franz@fabrikam.com -Target lync2013.fabrikam.com

# (10) Migrating while the legacy pool's services still run.
Stop-ChatPool -Identity pchat.contoso.com
Move-ChatData -Source gc2010.contoso.com -Target pchat.contoso.com

# (11) Decommissioning the legacy pool although its data was never migrated and every legacy
#      client is still configured for it.
Remove-ChatPool -Identity gc2010.contoso.com

# (12) Removing the Lync 2010 pool that still homes the users and the Group Chat pool.
Remove-Pool -Identity lync2010.contoso.com

# The script went on after every error; this is where it stands.
Write-Output "Users still on legacy pools: $((Get-MigrationStatus).UsersOnLegacyPools)"
Get-ChatPool
