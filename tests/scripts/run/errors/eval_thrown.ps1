# An uncaught throw stops the script.
'before'
throw 'the migration window is closed'
'never printed'
