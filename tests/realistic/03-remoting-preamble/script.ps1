# Connects to the pool's management endpoint the way the admin workstation does, then
# lists who is still on the old pool.
Set-StrictMode -Version Latest
$PoolFqdn = "lync2013.contoso.com"
if (Get-Module -Name Lync -ListAvailable) {
    Write-Host "The Lync module is installed locally; using the remote session anyway."
}
$options = New-PSSessionOption -SkipCACheck -SkipCNCheck -SkipRevocationCheck
$session = New-PSSession -ConnectionUri "https://$PoolFqdn/OcsPowershell" `
    -Authentication NegotiateWithImplicitCredential -SessionOption $options
Import-PSSession $session -AllowClobber | Out-Null
Import-Module ActiveDirectory

Write-Host "Connected to $($session.ComputerName) ($($session.State))"
$old = Get-CsUser -Filter {RegistrarPool -eq "lync2010.contoso.com"}
Write-Host "$(@($old).Count) user(s) still homed on lync2010.contoso.com:"
$old | Select-Object -ExpandProperty SipAddress

Remove-PSSession $session
