# Grant-CsPersistentChatPolicy: to one user, to users without a policy, and taken away with $null or no name.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity "Ken Myer" -RegistrarPool lync2013.contoso.com -SipAddress sip:kenmyer@contoso.com
Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool lync2013.contoso.com -SipAddress sip:pilar@contoso.com
Enable-CsUser -Identity "Ann Beebe" -RegistrarPool lync2013.contoso.com -SipAddress sip:ann@contoso.com
New-CsPersistentChatPolicy -Identity RedmondUsersPersistentChatPolicy -EnablePersistentChat $true
New-CsPersistentChatPolicy -Identity Contractors
Grant-CsPersistentChatPolicy -Identity "Ken Myer" -PolicyName "RedmondUsersPersistentChatPolicy"
Grant-CsPersistentChatPolicy sip:ann@contoso.com Contractors -PassThru | Select-Object SipAddress, PersistentChatPolicy
Get-CsUser -Filter {PersistentChatPolicy -eq $Null} | Grant-CsPersistentChatPolicy -PolicyName "RedmondUsersPersistentChatPolicy"
Get-CsUser | Format-Table SipAddress, PersistentChatPolicy
Get-CsUser -Filter {PersistentChatPolicy -eq "RedmondUsersPersistentChatPolicy"} | Grant-CsPersistentChatPolicy -PolicyName $Null
Grant-CsPersistentChatPolicy -Identity sip:ann@contoso.com -DomainController dc1.contoso.com
Get-CsUser | Format-Table SipAddress, PersistentChatPolicy
