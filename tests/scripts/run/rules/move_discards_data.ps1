# move_discards_data: Move-CsUser -Force leaves contacts and meetings behind.
New-Site Redmond
New-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2010.contoso.com
# The move happens, with a warning.
Move-CsUser -Identity sip:ann@contoso.com -Target lync2013.contoso.com -Force
(Get-CsUser sip:ann@contoso.com).RegistrarPool
