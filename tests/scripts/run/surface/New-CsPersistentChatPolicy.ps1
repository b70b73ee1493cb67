# New-CsPersistentChatPolicy: a per-user policy, a site policy, and one in memory.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-CsPersistentChatPolicy -Identity "RedmondPersistentChatPolicy" -EnablePersistentChat $True
New-CsPersistentChatPolicy -Identity "site:Redmond" -EnablePersistentChat $True -Description "Every Redmond user chats." -Force
$dublin = New-CsPersistentChatPolicy -Identity site:Dublin -InMemory
$dublin.Description = "Prepared in memory."
Set-CsPersistentChatPolicy -Instance $dublin
Get-CsPersistentChatPolicy
# -Tenant is Skype for Business Online's: noted.
New-CsPersistentChatPolicy -Identity OnlineOnly -Tenant 7a205197-8e59-487d-b9fa-3fc1b108f1e5
# A service scope is no policy scope.
New-CsPersistentChatPolicy -Identity service:PersistentChatServer:pchat.contoso.com
