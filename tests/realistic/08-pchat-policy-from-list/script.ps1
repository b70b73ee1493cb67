# Grants the Persistent Chat pilot policy to the users named in a text file.
$listFile = "pilot-users.txt"
$policy = "PilotChat"

New-CsPersistentChatPolicy -Identity $policy -EnablePersistentChat $true -Description "Pilot group" | Out-Null
Set-CsPersistentChatPolicy -Identity Global -EnablePersistentChat $false

$names = Get-Content -Path $listFile | Where-Object { $_.Trim() -ne "" -and -not $_.StartsWith("#") }
$granted = 0
foreach ($name in $names) {
    $sip = "sip:" + $name.Trim() + "@contoso.com"
    Grant-CsPersistentChatPolicy -Identity $sip -PolicyName $policy
    $granted++
}
"Granted $policy to $granted user(s)" | Tee-Object -FilePath "grant.log"
Get-CsUser | Where-Object { $_.PersistentChatPolicy -eq $policy } | Select-Object -ExpandProperty SipAddress
