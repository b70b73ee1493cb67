# args: --dry-run
# In a dry run Show-Topology -Path prints its Output to File line and writes nothing.
New-Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
Show-Topology target/e2e-report/dry-run.svg
