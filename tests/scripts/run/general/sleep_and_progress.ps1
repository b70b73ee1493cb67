# args: --dry-run --timeout 30
# A dry run does not wait, however long the pause: this run would otherwise hit its timeout.
# Progress bars are drawn only on a terminal, so nothing of them shows here.
foreach ($i in 1..3) {
    Write-Progress -Activity 'Moving users' -Status "$i of 3" -PercentComplete ($i * 33)
    Start-Sleep -Seconds 3600
}
Write-Progress -Activity 'Moving users' -Completed
Start-Sleep -Seconds -1
'done'
