# Builds the Persistent Chat categories and rooms listed by the business owners.
param([string]$RoomFile = "rooms.csv", [string]$PoolFqdn = "pchat.contoso.com")

$log = "rooms.log"
$rooms = Import-Csv -Path $RoomFile
$categories = $rooms | Select-Object -ExpandProperty Category -Unique
foreach ($cat in $categories) {
    # Everyone named in a room of the category may be a member of it.
    $allowed = $rooms | Where-Object { $_.Category -eq $cat } |
        ForEach-Object { $_.Members -split ";" } | Sort-Object -Unique
    try {
        New-CsPersistentChatCategory -Name $cat -PersistentChatPoolFqdn $PoolFqdn `
            -AllowedMembers $allowed -ErrorAction Stop | Out-Null
        Add-Content -Path $log -Value "category $cat created"
    } catch {
        Add-Content -Path $log -Value "category $cat failed: $($_.Exception.Message)"
    }
}
foreach ($r in $rooms) {
    $members = $r.Members -split ";"
    try {
        New-CsPersistentChatRoom -Name $r.Room -Category "$PoolFqdn\$($r.Category)" -Privacy $r.Privacy -ErrorAction Stop | Out-Null
        Set-CsPersistentChatRoom -Identity "$PoolFqdn\$($r.Room)" -Members $members -Managers $members[0] -ErrorAction Stop
        Add-Content -Path $log -Value "room $($r.Room): $($members.Count) member(s)"
    } catch {
        Add-Content -Path $log -Value "room $($r.Room) failed: $($_.Exception.Message)"
    }
}
Get-CsPersistentChatRoom | Sort-Object Name | Select-Object Name, Privacy | Format-Table -AutoSize
