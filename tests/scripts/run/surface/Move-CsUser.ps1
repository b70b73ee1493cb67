# args: --dry-run
# Move-CsUser: by name, piped, from a list file (dry run: the file is pretended), -Force, online.
New-Site -Identity Atlanta -Forest litwareinc.com
New-Pool -Fqdn atl-fe-2010.litwareinc.com -Version Lync2010 -Site Atlanta
New-Pool -Fqdn atl-cs-001.litwareinc.com -Version Lync2013 -Site Atlanta
# Accounts implied by their SIP addresses (no AD described in this forest).
"pilar", "kenmyer", "dmitri", "ellen" | ForEach-Object { Enable-CsUser -Identity "sip:$_@litwareinc.com" -RegistrarPool atl-fe-2010.litwareinc.com }
Set-CsUser -Identity sip:pilar@litwareinc.com -DisplayName "Pilar Ackerman"
# Example 3.
Move-CsUser -Identity "Pilar Ackerman" -Target "atl-cs-001.litwareinc.com"
# Example 4's pattern: the users a query selects, piped (what if).
Get-CsUser | Where-Object { $_.RegistrarPool -eq "atl-fe-2010.litwareinc.com" } | Move-CsUser -Target "atl-cs-001.litwareinc.com" -WhatIf
# A list of users in a file; -Force loses contacts and meetings.
Set-Content -Path users.txt -Value "sip:kenmyer@litwareinc.com", "", "sip:dmitri@litwareinc.com"
Move-CsUser -UserList users.txt -Target atl-cs-001.litwareinc.com -Force
Get-CsUser | Format-Table SipAddress, RegistrarPool
# Examples 1 and 2: a move to Teams or Skype for Business Online is not modelled.
$cred = "LITWAREINC\admin"
Move-CsUser -Identity "ellen@litwareinc.com" -Target "sipfed.online.lync.com" -Credential $cred -MoveToTeams
Move-CsUser -Identity "ellen@litwareinc.com" -Target "sipfed.online.lync.com" -Credential $cred
