# Test-ChatAccess is a query: every coexist::access reason is a Reason value, never a diagnostic.
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\fs01\gc
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-CsPersistentChatPolicy -Identity PilotChat -EnablePersistentChat $true
foreach ($n in 'ann', 'bob', 'cai') { Enable-CsUser -Identity "sip:$n@contoso.com" -RegistrarPool lync2013.contoso.com }
Enable-CsUser -Identity sip:eve@contoso.com -RegistrarPool lync2010.contoso.com
'ann', 'bob' | ForEach-Object { Grant-CsPersistentChatPolicy -Identity "sip:$_@contoso.com" -PolicyName PilotChat }
Set-CsUser -Identity sip:bob@contoso.com -Enabled $false
Set-CsUser -Identity sip:ann@contoso.com -GroupChatPool gc2010.contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\Sales
Set-CsPersistentChatRoom -Identity pchat.contoso.com\Deals -Members sip:bob@contoso.com
New-CsPersistentChatRoom -Name Archive -Category pchat.contoso.com\Sales -Disabled $true
$checks = @(
    @{ User = 'sip:ann@contoso.com'; Client = 'Lync2013'; ChatPool = 'pchat.contoso.com' }         # allowed
    @{ User = 'sip:bob@contoso.com'; Client = 'Lync2013'; ChatPool = 'pchat.contoso.com' }         # user_disabled
    @{ User = 'sip:ann@contoso.com'; Client = 'Lync2013'; ChatPool = 'gc2010.contoso.com' }        # legacy_pool_for_lync2013_client
    @{ User = 'sip:eve@contoso.com'; Client = 'Lync2013'; ChatPool = 'pchat.contoso.com' }         # user_not_on_lync2013
    @{ User = 'sip:cai@contoso.com'; Client = 'Lync2013'; ChatPool = 'pchat.contoso.com' }         # policy_disabled
    @{ User = 'sip:ann@contoso.com'; Client = 'GroupChatClient'; ChatPool = 'pchat.contoso.com' }  # not_configured
    @{ User = 'sip:ann@contoso.com'; Client = 'Lync2013'; Room = 'pchat.contoso.com\Deals' }       # not_a_member
    @{ User = 'sip:ann@contoso.com'; Client = 'Lync2013'; Room = 'pchat.contoso.com\Archive' }     # room_disabled
)
$checks | ForEach-Object { Test-ChatAccess @_ } | Format-Table User, Client, Allowed, Reason
