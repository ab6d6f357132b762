# Installs the Sportello CIE native-host manifests for all users on Windows (run as
# administrator). Same content as the Linux ones, with the Windows path of web-eid.exe,
# registered under HKLM for Chrome, Edge, Chromium and Firefox.
# Usage: powershell -ExecutionPolicy Bypass -File install.ps1 [-WebEid "C:\...\web-eid.exe"] [-Uninstall]
param(
  [string]$WebEid = "$env:ProgramFiles\Web eID\web-eid.exe",
  [switch]$Uninstall
)
$ErrorActionPreference = 'Stop'
$name = 'it.sportellocie.webeid'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$target = Join-Path $env:ProgramFiles 'Sportello CIE\native-messaging'
$keys = @{
  chrome   = 'HKLM:\SOFTWARE\Google\Chrome\NativeMessagingHosts'
  edge     = 'HKLM:\SOFTWARE\Microsoft\Edge\NativeMessagingHosts'
  chromium = 'HKLM:\SOFTWARE\Chromium\NativeMessagingHosts'
  firefox  = 'HKLM:\SOFTWARE\Mozilla\NativeMessagingHosts'
}
foreach ($browser in $keys.Keys) {
  $key = Join-Path $keys[$browser] $name
  if ($Uninstall) { Remove-Item -Path $key -ErrorAction SilentlyContinue; continue }
  if (-not (Test-Path $WebEid)) { throw "App Web eID non trovata in $WebEid: installala o indica -WebEid." }
  New-Item -ItemType Directory -Force -Path $target | Out-Null
  $manifest = Get-Content -Raw (Join-Path $here "$browser\$name.json") | ConvertFrom-Json
  $manifest.path = $WebEid
  $file = Join-Path $target "$name.$browser.json"
  $manifest | ConvertTo-Json -Depth 5 | Set-Content -Encoding UTF8 $file
  New-Item -Force -Path $key | Out-Null
  Set-ItemProperty -Path $key -Name '(Default)' -Value $file
  Write-Host "Installato: $file ($browser)"
}
