# policy_without_effect: a policy granted to a user not homed on Lync 2013 has no effect yet (warning).
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool lync2010.contoso.com
New-CsPersistentChatPolicy -Identity PilotChat -EnablePersistentChat $true
Grant-CsPersistentChatPolicy -Identity sip:ann@contoso.com -PolicyName PilotChat
# Bob is still on Lync 2010: granted, with a warning.
Grant-CsPersistentChatPolicy -Identity sip:bob@contoso.com -PolicyName PilotChat
Get-CsUser | Select-Object SipAddress, RegistrarPool, PersistentChatPolicy
