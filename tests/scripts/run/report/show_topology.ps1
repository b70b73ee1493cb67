# Show-Topology: the text tree on screen (blockers named under their pool), another format's
# text with -Format, a file written under target/ (tests/report_cli.rs reads such files back),
# and -WhatIf, which writes nothing. A bad -Format is a coded error on the argument.
New-Site Redmond
New-Site Berlin -Forest fabrikam.local
New-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-Pool ocs.fabrikam.com -Version Ocs2007R2 -Site Berlin
New-ChatPool gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010
New-ChatPool pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-User sip:ann@contoso.com -Pool lync2010.contoso.com
Set-User sip:ann@contoso.com -GroupChatPool gc2010.contoso.com
Show-Topology
Show-Topology -Format Mermaid
Show-Topology target/e2e-report/topology.dot
Show-Topology target/e2e-report/preview.svg -WhatIf
Show-Topology -Format Png
