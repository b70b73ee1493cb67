# Set-CsPersistentChatComplianceConfiguration: Global by name, every collection from the pipeline, -Instance.
New-Site -Identity Redmond
New-CsPersistentChatComplianceConfiguration -Identity site:Redmond -RunInterval 02:00:00
Set-CsPersistentChatComplianceConfiguration -Identity "global" -RunInterval "00:10:00"
Get-CsPersistentChatComplianceConfiguration | Format-Table Identity, RunInterval
Get-CsPersistentChatComplianceConfiguration | Set-CsPersistentChatComplianceConfiguration -RunInterval "00:20:00"
# An instance with its adapter set, stored with one more change from the call.
$redmond = Get-CsPersistentChatComplianceConfiguration site:Redmond
$redmond.AdapterName = "ArchiveAdapter"
Set-CsPersistentChatComplianceConfiguration -Instance $redmond -AddChatRoomDetails $true -AdapterOutputDirectory \\fs01\archive -Force
Get-CsPersistentChatComplianceConfiguration | Format-Table Identity, RunInterval, AdapterName, AdapterOutputDirectory, AddChatRoomDetails
