# ConvertTo-Json in Windows PowerShell 5.1's layout, -Depth, -Compress, and ConvertFrom-Json.
$room = [pscustomobject]@{
    Name    = 'Sales'
    Members = @('sip:ann@contoso.com', 'sip:bob@contoso.com')
    Owner   = [pscustomobject]@{ Sip = "sip:o'neil@contoso.com"; Enabled = $true }
    Size    = 2.5
    Note    = $null
}
$room | ConvertTo-Json
$room | ConvertTo-Json -Depth 0 -Compress
@{ a = @{ b = @{ c = @{ d = 1 } } } } | ConvertTo-Json -Compress
1, 'two', $false | ConvertTo-Json
@() | ConvertTo-Json
$back = $room | ConvertTo-Json | ConvertFrom-Json
"$($back.Owner.Sip) owns $($back.Name) with $($back.Members.Count) members"
$list = '[{"Pool": "lync2013"}, {"Pool": "lync2010"}]' | ConvertFrom-Json
$list.Count
$list | ForEach-Object { $_.Pool }
('[1, 2, 3]' | ConvertFrom-Json | Measure-Object).Count
'{"Pool": "lync2013",}' | ConvertFrom-Json
'still running'
