# policy_in_use: a granted tag policy cannot be removed without -Force.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatPolicy -Identity Unused -EnablePersistentChat $false
New-CsPersistentChatPolicy -Identity PilotChat -EnablePersistentChat $true
Grant-CsPersistentChatPolicy -Identity sip:ann@contoso.com -PolicyName PilotChat
# Nobody has Unused: it goes.
Remove-CsPersistentChatPolicy -Identity Unused
# Ann has PilotChat: rejected, nothing changes.
Remove-CsPersistentChatPolicy -Identity PilotChat
Get-CsUser | Select-Object SipAddress, PersistentChatPolicy
