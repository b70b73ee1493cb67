# grant_needs_tag_policy: only per-user (Tag:) policies can be granted.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatPolicy -Identity site:Redmond -EnablePersistentChat $true
New-CsPersistentChatPolicy -Identity PilotChat -EnablePersistentChat $true
Grant-CsPersistentChatPolicy -Identity sip:ann@contoso.com -PolicyName PilotChat
Grant-CsPersistentChatPolicy -Identity sip:ann@contoso.com -PolicyName $null
# A site policy applies through the user's pool; it cannot be granted.
Grant-CsPersistentChatPolicy -Identity sip:ann@contoso.com -PolicyName site:Redmond
Get-CsUser | Select-Object SipAddress, PersistentChatPolicy
