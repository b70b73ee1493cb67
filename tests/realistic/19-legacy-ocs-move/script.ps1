# Moves the OCS 2007 R2 users to Lync Server 2010 with Move-CsLegacyUser.
$source = "ocs.contoso.com"
$target = "lync2010.contoso.com"
$legacy = Get-CsUser -Filter {RegistrarPool -eq "ocs.contoso.com"}
Write-Host ("{0} legacy user(s) on {1}" -f @($legacy).Count, $source)
$legacy | ForEach-Object {
    Move-CsLegacyUser -Identity $_.SipAddress -Target $target -Confirm:$false
    "{0,-24} -> {1}" -f $_.SipAddress, $target
} | Out-File -FilePath "legacy-moves.txt"
Get-Content "legacy-moves.txt"
Get-CsUser | Group-Object RegistrarPool | Select-Object Name, Count
