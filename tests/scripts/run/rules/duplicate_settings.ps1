# duplicate_settings: New- of settings that already exist is rejected.
New-Site -Identity Redmond
New-CsPersistentChatComplianceConfiguration -Identity site:Redmond -AddUserDetails $true
# The site has its compliance settings already: rejected, they stay as they are.
New-CsPersistentChatComplianceConfiguration -Identity Site:Redmond -AddUserDetails $false
Get-CsPersistentChatComplianceConfiguration -Filter site:* | Select-Object Identity, AddUserDetails
