# A cautious admin first runs the move with -WhatIf inside the script itself.
$targets = Get-CsUser -Filter {RegistrarPool -eq "lync2010.contoso.com"} | Select-Object -First 2
foreach ($t in $targets) {
    Move-CsUser -Identity $t.SipAddress -Target lync2013.contoso.com -WhatIf
}
"Still on 2010: $(@(Get-CsUser -Pool lync2010.contoso.com).Count)"
Move-CsUser -Identity sip:ann@contoso.com -Target lync2013.contoso.com -Confirm:$false
"Still on 2010: $(@(Get-CsUser -Pool lync2010.contoso.com).Count)"
