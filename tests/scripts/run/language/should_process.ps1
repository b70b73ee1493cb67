# An advanced function with SupportsShouldProcess takes -WhatIf as a cmdlet does: its
# ShouldProcess prints the What-if line and answers false; $PSCmdlet, $MyInvocation and
# $PSBoundParameters describe the call.
function New-Office {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Name, [string]$Note = 'none')
    Write-Verbose "$($MyInvocation.MyCommand.Name) was given $($PSBoundParameters.Keys -join ', ')"
    if ($PSCmdlet.ShouldProcess($Name, 'Create office site')) {
        New-Site -Identity $Name
        "created $Name"
    }
}

New-Office -Name Redmond
New-Office -Name Dublin -WhatIf
New-Office -Name Oslo -Verbose

# -WhatIf reaches the cmdlets the function calls, through splatting or $WhatIfPreference.
function Add-Offices {
    [CmdletBinding(SupportsShouldProcess)]
    param([string[]]$Names)
    $null = $PSBoundParameters.Remove('Names')
    foreach ($n in $Names) { New-Site -Identity $n @PSBoundParameters }
}
Add-Offices -Names Paris, Rome -WhatIf
(Get-Site).Identity
