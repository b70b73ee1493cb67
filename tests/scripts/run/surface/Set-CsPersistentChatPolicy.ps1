# Set-CsPersistentChatPolicy: every policy from the pipeline, one by identity, Global by default.
New-Site -Identity Redmond
New-CsPersistentChatPolicy -Identity site:Redmond
New-CsPersistentChatPolicy -Identity Contractors -Description "Off for now"
Get-CsPersistentChatPolicy | Set-CsPersistentChatPolicy -EnablePersistentChat $True
Set-CsPersistentChatPolicy -Identity Contractors -EnablePersistentChat $false -Description "Off again" -Force
Set-CsPersistentChatPolicy -Description "The default for everyone."
Get-CsPersistentChatPolicy | Format-Table Identity, EnablePersistentChat, Description
