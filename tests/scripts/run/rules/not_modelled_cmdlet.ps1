# not_modelled_cmdlet: a real Lync Server cmdlet outside the model is skipped with a warning, once per run.
New-Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond

# Passes: a modelled cmdlet.
Enable-CsUser sip:ann@contoso.com -RegistrarPool lync2013.contoso.com

# Warns once for the voice cmdlet, which is skipped each time; the script goes on.
Set-CsVoicePolicy -Identity Global -AllowSimulRing $false
Set-CsVoicePolicy -Identity Global -AllowCallForwarding $true
"users: $(@(Get-CsUser).Count)"
