# `trap` is outside the language coexist runs: `check` names it.
trap { Write-Output 'trapped'; continue }
Get-CsUser
