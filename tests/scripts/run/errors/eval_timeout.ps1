# args: --timeout 1
# A run that exceeds --timeout stops with a coded error.
while ($true) { }
