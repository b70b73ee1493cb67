# use_move_legacy_user: users on OCS 2007 R2 move with Move-CsLegacyUser, not Move-CsUser.
New-Site -Identity Redmond
New-Pool -Fqdn ocs.contoso.com -Version Ocs2007R2 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool ocs.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool ocs.contoso.com
Move-CsLegacyUser -Identity sip:ann@contoso.com -Target lync2013.contoso.com
# Bob is on OCS 2007 R2: Move-CsUser is rejected and the help names Move-CsLegacyUser.
Move-CsUser -Identity sip:bob@contoso.com -Target lync2013.contoso.com
Get-CsUser
