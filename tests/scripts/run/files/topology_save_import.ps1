# Save-Topology, change the model, then Import-Topology brings the saved model back.
New-Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
Save-Topology target/e2e-files/topology.json
New-Site Dublin
(Get-Site).Identity
Import-Topology -Path target/e2e-files/topology.json
(Get-Site).Identity
Get-Pool | Select-Object Fqdn, Version, Site
