# The first lines of real Lync scripts: modules and a remote session to the pool. coexist is the
# shell being rehearsed, so they connect to it: one note, no effect. A session to Exchange is
# not part of the rehearsal.
Import-Module Lync
Import-Module ActiveDirectory
Add-PSSnapin SkypeForBusiness
$cred = 'CONTOSO\lyncadmin'
$session = New-PSSession -ConnectionUri 'https://lyncpool.contoso.com/OcsPowershell' -Credential $cred -Authentication Negotiate
Import-PSSession $session -AllowClobber | Out-Null
$session | Select-Object ComputerName, State
New-Site Redmond
(Get-Site).Identity
$exchange = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.contoso.com/PowerShell/
Import-PSSession $session -Prefix Lync
Get-PSSession | Remove-PSSession
Remove-PSSession $session
