# site_policy_unknown_site: a site:<name> policy needs an existing site.
New-Site -Identity Redmond
New-CsPersistentChatPolicy -Identity site:Redmond -EnablePersistentChat $true
# There is no site Dublin: rejected.
New-CsPersistentChatPolicy -Identity site:Dublin -EnablePersistentChat $true
Get-CsPersistentChatPolicy
