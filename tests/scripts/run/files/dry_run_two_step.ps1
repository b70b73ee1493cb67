# args: --dry-run
# A dry run of the two-step migration: the export prints its Output to File line and writes
# nothing; the import reads what the export would have written.
New-Site Redmond
New-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010
New-ChatPool pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-ChatEndpoint -ChatPool pchat.contoso.com -SipAddress sip:ocschat@contoso.com
New-ChatCategory Sales -ChatPool gc2010.contoso.com
New-ChatRoom Deals -Category gc2010.contoso.com\Sales
Stop-ChatPool gc2010.contoso.com
Stop-ChatPool pchat.contoso.com
Export-CsPersistentChatData -DBInstance gc2010.contoso.com\rtc -Legacy -FileName target/e2e-files/dry-run/chat.json
Import-CsPersistentChatData -DBInstance pchat.contoso.com\rtc -FileName target/e2e-files/dry-run/chat.json
Save-Topology target/e2e-files/dry-run/topology.json
