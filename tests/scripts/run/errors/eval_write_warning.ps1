# Write-Warning prints a warning and the run still succeeds.
Write-Warning 'two pools still run Lync 2010'
'done'
