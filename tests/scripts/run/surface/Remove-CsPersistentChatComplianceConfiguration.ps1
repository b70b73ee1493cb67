# Remove-CsPersistentChatComplianceConfiguration: by identity, piped from -Filter or Where-Object.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-Site -Identity Paris
New-CsPersistentChatComplianceConfiguration -Identity site:Redmond
New-CsPersistentChatComplianceConfiguration -Identity site:Dublin -AddUserDetails $true -AddChatRoomDetails $true
New-CsPersistentChatComplianceConfiguration -Identity site:Paris -AddUserDetails $true
Remove-CsPersistentChatComplianceConfiguration -Identity "site:Redmond"
Get-CsPersistentChatComplianceConfiguration | Where-Object {$_.AddUserDetails -eq $True -and $_.AddChatRoomDetails -eq $True} | Remove-CsPersistentChatComplianceConfiguration
Get-CsPersistentChatComplianceConfiguration | ForEach-Object { $_.Identity }
Get-CsPersistentChatComplianceConfiguration -Filter "site:*" | Remove-CsPersistentChatComplianceConfiguration -Force
Get-CsPersistentChatComplianceConfiguration | ForEach-Object { $_.Identity }
