# The real two-step migration (Export-, then Import-CsPersistentChatData by back-end instance),
# writing its file under target/ (the tests run from the repository root). The import warns
# as Move-ChatData does (Bob is still on Lync 2010: migration_order).
New-Site Redmond
New-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010
New-ChatPool pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-ChatEndpoint -ChatPool pchat.contoso.com -SipAddress sip:ocschat@contoso.com
New-User sip:bob@contoso.com -Pool lync2010.contoso.com
New-ChatCategory Sales -ChatPool gc2010.contoso.com
New-ChatRoom Deals -Category gc2010.contoso.com\Sales
New-ChatRoom Leads -Category gc2010.contoso.com\Sales

# Still running: the export is refused, and no file is written.
Export-CsPersistentChatData -DBInstance gc2010.contoso.com\rtc -Legacy -FileName target/e2e-files/chat.json

Stop-ChatPool gc2010.contoso.com
Stop-ChatPool pchat.contoso.com
Export-CsPersistentChatData -DBInstance gc2010.contoso.com\rtc -Legacy -FileName target/e2e-files/chat.json
Import-CsPersistentChatData -DBInstance pchat.contoso.com\rtc -FileName target/e2e-files/chat.json
Start-ChatPool pchat.contoso.com

Get-ChatRoom -ChatPool pchat.contoso.com | Select-Object Identity, Category
(Get-ChatPool gc2010.contoso.com).State

# A second import of the same file: the legacy pool migrates once.
Stop-ChatPool pchat.contoso.com
Import-CsPersistentChatData -DBInstance pchat.contoso.com\rtc -FileName target/e2e-files/chat.json
