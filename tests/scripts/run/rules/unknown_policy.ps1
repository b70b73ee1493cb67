# unknown_policy: a granted policy must exist.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatPolicy -Identity PilotChat -EnablePersistentChat $true
Grant-CsPersistentChatPolicy -Identity sip:ann@contoso.com -PolicyName PilotChat
# A typo in the policy name: rejected with a did-you-mean, Ann keeps PilotChat.
Grant-CsPersistentChatPolicy -Identity sip:ann@contoso.com -PolicyName PilotChta
Get-CsUser | Select-Object SipAddress, PersistentChatPolicy
