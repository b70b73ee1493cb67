# Remove-CsPersistentChatPolicy: by identity, site policies by -Filter, enabled policies by Where-Object.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-CsPersistentChatPolicy -Identity RedmondPersistentChatPolicy -EnablePersistentChat $true
New-CsPersistentChatPolicy -Identity Contractors -EnablePersistentChat $true
New-CsPersistentChatPolicy -Identity Interns
New-CsPersistentChatPolicy -Identity site:Redmond
New-CsPersistentChatPolicy -Identity site:Dublin
Remove-CsPersistentChatPolicy -Identity "RedmondPersistentChatPolicy"
Get-CsPersistentChatPolicy -Filter "site:*" | Remove-CsPersistentChatPolicy
Get-CsPersistentChatPolicy | Where-Object {$_.EnablePersistentChat -eq $True} | Remove-CsPersistentChatPolicy -Force
Get-CsPersistentChatPolicy | ForEach-Object { $_.Identity }
