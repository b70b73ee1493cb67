# -ErrorAction and $ErrorActionPreference, outside and inside try.
New-Site -Identity Redmond
New-Site -Identity Redmond -ErrorAction SilentlyContinue
$succeeded = $?
"silently: $($Error.Count) error(s) recorded, succeeded: $succeeded"
New-Site -Identity Redmond -ErrorAction Ignore
try { New-Site -Identity Redmond -ErrorAction Stop; 'not reached' } catch { "caught: $($_.FullyQualifiedErrorId)" }
try { New-Site -Identity Redmond; 'continue: reached' } catch { 'not caught' }
$ErrorActionPreference = 'Stop'
try { New-Site -Identity Redmond } catch { "preference: $($_.FullyQualifiedErrorId)" }
New-Site -Identity Redmond -ErrorVariable ev -ErrorAction SilentlyContinue
"error variable: $($ev.Count)"
New-Site -Identity Redmond
'not reached: Stop outside try ends the script'
