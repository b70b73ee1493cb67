# global_policy_exists: the Global policy always exists and cannot be created.
Set-CsPersistentChatPolicy -Identity Global -EnablePersistentChat $true
# Creating it: rejected, the help says to use Set-CsPersistentChatPolicy.
New-CsPersistentChatPolicy -Identity Global -EnablePersistentChat $false
Get-CsPersistentChatPolicy
