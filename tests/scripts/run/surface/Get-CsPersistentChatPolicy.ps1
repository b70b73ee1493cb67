# Get-CsPersistentChatPolicy: every policy, one by name, site policies, enabled policies.
New-Site -Identity Redmond
New-CsPersistentChatPolicy -Identity RedmondPersistentChatPolicy -EnablePersistentChat $true
New-CsPersistentChatPolicy -Identity site:Redmond
Get-CsPersistentChatPolicy | Format-Table Identity, EnablePersistentChat
(Get-CsPersistentChatPolicy -Identity "RedmondPersistentChatPolicy").Identity
Get-CsPersistentChatPolicy -Filter "site:*" | ForEach-Object { $_.Identity }
Get-CsPersistentChatPolicy | Where-Object {$_.EnablePersistentChat -eq $True} | ForEach-Object { $_.Identity }
Get-CsPersistentChatPolicy -Filter tag:* -LocalStore | ForEach-Object { $_.Identity }
# -Filter matches identities; a script block belongs to Where-Object.
Get-CsPersistentChatPolicy -Filter {EnablePersistentChat -eq $true}
