# args: --timeout 1
# A real run waits, but never past --timeout: the run stops with coexist::eval::timeout.
'before'
Start-Sleep -Seconds 600
'never printed'
