# duplicate_policy: Persistent Chat policy identities are unique.
New-CsPersistentChatPolicy -Identity PilotChat -EnablePersistentChat $true
# Tag:PilotChat is the same policy as PilotChat: rejected, the first one is unchanged.
New-CsPersistentChatPolicy -Identity Tag:PilotChat -EnablePersistentChat $false
Get-CsPersistentChatPolicy
