# Get-CsService: every service, by role switch, one pool's, by site, by dependent services.
New-Site -Identity Redmond
New-Site -Identity Dublin
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-Pool -Fqdn se.contoso.com -Version Lync2013 -Site Dublin -Edition Standard
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01.contoso.com\pchat -BackEnd sql01.contoso.com\rtc -BackupBackEnd sql02.contoso.com\rtc
Get-CsService | Format-Table Identity, Role, PoolFqdn, SiteId
Get-CsService -PersistentChatServer
Get-CsService -PoolFqdn "lync2013.contoso.com" | Select-Object Identity
Get-CsService | Where-Object {$_.SiteID -eq "site:Dublin"} | ForEach-Object { $_.Identity }
Get-CsService | Where-Object {$_.DependentServiceList -like "*Registrar*"} | ForEach-Object { $_.Identity }
(Get-CsService -Registrar).Identity
(Get-CsService -FileStore).Identity
(Get-CsService -PersistentChatDatabase -PoolFqdn sql02.contoso.com).Identity
Get-CsService -Filter "PersistentChatStore:*" | ForEach-Object { $_.Identity }
(Get-CsService -Identity "Registrar:se.contoso.com").Version
# A role coexist does not model returns nothing (and is noted once).
@(Get-CsService -ApplicationServer).Count
# One role switch at a time.
Get-CsService -Registrar -FileStore
