# Missing files and files that are not what the cmdlet reads: coded errors on the path argument.
New-Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
Stop-ChatPool pchat.contoso.com
Import-Topology target/e2e-files/no-such-topology.json
Import-CsPersistentChatData -DBInstance pchat.contoso.com\rtc -FileName target/e2e-files/no-such-chat.json
Save-Topology target/e2e-files/errors-topology.json
Import-CsPersistentChatData -DBInstance pchat.contoso.com\rtc -FileName target/e2e-files/errors-topology.json
Import-ChatData -ChatPool pchat.contoso.com -DBInstance pchat.contoso.com\rtc -FileName x.json
Export-ChatData -FileName target/e2e-files/unused.json
(Get-Site).Identity
