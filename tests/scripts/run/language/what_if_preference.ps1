# -WhatIf on one command and $WhatIfPreference for all: validated, What-if line, nothing changes.
New-Site -Identity Redmond
New-Site -Identity Dublin -WhatIf
$WhatIfPreference = $true
New-Site -Identity Tokyo
New-Site -Identity Redmond
New-Site -Identity Paris -WhatIf:$false
$WhatIfPreference = $false
(Get-Site).Identity
