# file_store_required: a MultipleComputer Persistent Chat pool needs a UNC file store.
New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
# A local path cannot be shared by several servers: rejected.
New-ChatPool -Fqdn pchat2.contoso.com -HomePool lync2013.contoso.com -FileStore D:\PChatFiles
Get-ChatPool
