# args: --dry-run
# In a dry run a function's ShouldProcess answers true without a line of its own: the
# cmdlet inside prints the one What-if line of the change (docs/language.md).
function New-Office {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Name)
    if ($PSCmdlet.ShouldProcess($Name, 'Create office site')) {
        New-Site -Identity $Name
    }
}
New-Office -Name Redmond
New-Office -Name Dublin -WhatIf
(Get-Site).Identity
