# Scheduled task version: builds the credential from a stored password, connects, keeps a
# backup of the input, then enables the users of the day.
param(
    [string]$AdminUser = "CONTOSO\svc-lync",
    [string]$PasswordFile = "svc-lync.txt",
    [string]$DailyFile = "daily.csv"
)
$plain = Get-Content -Path $PasswordFile -TotalCount 1
$secure = ConvertTo-SecureString -String $plain -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential -ArgumentList $AdminUser, $secure
$session = New-PSSession -ConnectionUri "https://lync2013.contoso.com/OcsPowershell" -Credential $credential
Import-PSSession -Session $session -AllowClobber | Out-Null
"Connected as $($credential.UserName)"

if (-not (Test-Path "archive")) { New-Item -Path "archive" -ItemType Directory | Out-Null }
Copy-Item -Path $DailyFile -Destination "archive\$DailyFile"
Copy-Item -Path $DailyFile -Destination "$DailyFile.bak"
Import-Csv $DailyFile | ForEach-Object {
    Enable-CsUser -Identity $_.Sip -RegistrarPool lync2013.contoso.com -SipAddress $_.Sip
    "enabled $($_.Sip)"
}
(Get-Item "archive\$DailyFile").Name
Remove-PSSession $session
