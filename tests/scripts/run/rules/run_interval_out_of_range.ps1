# run_interval_out_of_range: the compliance adapter runs every 00:01:00 to 30.00:00:00.
Set-CsPersistentChatComplianceConfiguration -RunInterval 1.00:00:00
# Every 30 seconds is too often: rejected, Global keeps one day.
Set-CsPersistentChatComplianceConfiguration -Identity Global -RunInterval 00:00:30
Get-CsPersistentChatComplianceConfiguration | Select-Object Identity, RunInterval
