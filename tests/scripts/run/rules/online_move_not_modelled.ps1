# online_move_not_modelled: a move to a hosting provider (online) is outside the model.
New-Site Redmond
New-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2010.contoso.com
Move-CsUser -Identity sip:ann@contoso.com -Target sipfed.online.lync.com
Move-CsUser -Identity sip:ann@contoso.com -Target lync2013.contoso.com
(Get-CsUser sip:ann@contoso.com).RegistrarPool
