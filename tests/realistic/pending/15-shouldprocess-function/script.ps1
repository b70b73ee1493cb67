# A helper with -WhatIf support wrapping Move-CsUser.
function Move-WaveUser {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([Parameter(Mandatory = $true)][string]$Sip, [string]$Target = "lync2013.contoso.com")
    if ($PSCmdlet.ShouldProcess($Sip, "Move to $Target")) {
        Move-CsUser -Identity $Sip -Target $Target
        Add-Content -Path "wave.log" -Value "moved $Sip"
    }
}
Move-WaveUser -Sip sip:ann@contoso.com -WhatIf
Move-WaveUser -Sip sip:ben@contoso.com
Get-CsUser -Pool lync2013.contoso.com | Select-Object -ExpandProperty SipAddress
