#!/usr/bin/env pwsh
# EclipseConformance: the two commands (mirrors run.sh).
#   ./run.ps1 [--port N] [--data-dir DIR] [--store ...]   start the simulator (embedded SQLite store by default)
#   ./run.ps1 test                                          build in Release and run every test
#   ./run.ps1 specs [--target URL ...]                      run the executable specification (features/)
#   ./run.ps1 verify-signature --key K --header H --body-file F [--now-ms N]   check an Eclipse-Signature
#   ./run.ps1 load ARGS | ./run.ps1 bench ledger [--store CONN]   load profiles and the ledger benchmark
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'; $env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
$engineDll = 'engine/EclipseConformance.Engine/bin/Release/net10.0/EclipseConformance.Engine.dll'

function Invoke-Build {
  dotnet build EclipseConformance.sln -c Release -nologo -v quiet -clp:NoSummary
  if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Show-Usage {
  @'
EclipseConformance — Eclipse provider simulator and contract-test harness

  ./run.ps1 [engine options]    start the hosted reference engine on http://127.0.0.1:8080
      --port N                  listen port (or ECLIPSE_SIM_PORT)
      --data-dir DIR            embedded SQLite store folder (default ./.eclipse-sim)
      --store CONN              'sqlite' or a PostgreSQL connection string (or ECLIPSE_SIM_STORE)
      --rules DIR               rule files layered over the shipped defaults, hot-reloaded (or ECLIPSE_SIM_RULES)
  ./run.ps1 test [filter]       build (Release) and run every test project; optional dotnet test --filter expression
  ./run.ps1 specs [options]     run the executable specification (features/) and write reports to artifacts/specs
      --target URL              run against a running simulator or an Eclipse-compatible endpoint instead of in-process
      --identity ID --password PW   credentials: the simulator admin (control plane), or a tenant user for a sandbox
      --filter EXPR             dotnet test filter, e.g. "Category=transfers" or "Category=sandbox-safe"
  ./run.ps1 bench rules         Stopwatch benchmark: policy read and rule evaluation cost on the transfer/lookup path
  ./run.ps1 verify-signature --key K --header 't=..,v1=..' --body-file F [--now-ms N]
                                check a callback's Eclipse-Signature (HMAC-SHA256, 5-minute replay window);
                                exit 0 valid, 1 invalid, 2 usage error ('--body-file -' reads stdin)
  ./run.ps1 openapi             regenerate docs/openapi/*.json from the engine (commit the result)
  ./run.ps1 load --profile NAME [--rate N] [--duration S] [--target URL --admin-password PW] [--store CONN] ...
                                run a load profile (transfer-steady, transfer-ramp, payroll-hot-wallet, transfer-retries,
                                mixed, soak, echo) against an engine it starts itself, or --target; './run.ps1 load --help'
  ./run.ps1 bench ledger [--store CONN] [--rounds N]
                                the ledger benchmark: echo and WireMock.Net stub vs transfers (closed c64), then p99 at 70 %
  ./run.ps1 help                this text
'@
}

# As load/load.sh: builds (Release, incremental) the load runner and the engine it starts, unless LOAD_NO_BUILD=1.
function Invoke-Load([string[]] $rest) {
  if ($env:LOAD_NO_BUILD -ne '1') {
    dotnet build engine/EclipseConformance.Engine/EclipseConformance.Engine.csproj -c Release -nologo -v quiet
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    dotnet build load/EclipseConformance.Load/EclipseConformance.Load.csproj -c Release -nologo -v quiet
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
  }
  dotnet load/EclipseConformance.Load/bin/Release/net10.0/EclipseConformance.Load.dll @rest
  exit $LASTEXITCODE
}

function Invoke-Tests([string[]] $rest) {
  Invoke-Build
  New-Item -ItemType Directory -Force -Path artifacts/test-results | Out-Null
  $pg = ''
  if ($IsLinux -or $IsMacOS) { $pg = (& bash tests/postgres-server.sh start) }
  try {
    if ($pg) { $env:ECLIPSE_TEST_POSTGRES = $pg; Write-Host "PostgreSQL test server: $pg" }
    elseif ($env:ECLIPSE_REQUIRE_POSTGRES -eq '1') { Write-Error 'PostgreSQL is required but not installed'; exit 1 }
    else { Write-Host 'PostgreSQL not installed: PostgreSQL store tests will be skipped' }
    $filter = @()
    if ($rest.Count -gt 0) { $filter = @('--filter', $rest[0]) }
    # Many in-process engines at once: do not let each watch appsettings.json (Linux allows 128 inotify instances per user).
    $env:DOTNET_hostBuilder__reloadConfigOnChange = 'false'
    $started = Get-Date
    dotnet test EclipseConformance.sln -c Release --no-build -nologo -m:1 --logger 'trx;LogFilePrefix=results' --results-directory artifacts/test-results @filter
    $code = $LASTEXITCODE
    # The spec run above wrote its living-documentation page: open it in Chromium and check it shows every feature.
    $report = Join-Path $PWD 'artifacts/specs/index.html'
    if ($code -eq 0 -and (Test-Path $report) -and (Get-Item $report).LastWriteTime -gt $started) {
      Write-Host "Checking the spec run's HTML report in a browser: artifacts/specs/index.html"
      $env:ECLIPSE_SPEC_REPORT = $report
      dotnet test tests/EclipseConformance.Gherkin.Tests -c Release --no-build -nologo --logger 'trx;LogFileName=spec-report.trx' --results-directory artifacts/test-results --filter 'FullyQualifiedName~FullRunReportBrowserTests'
      $code = $LASTEXITCODE
      Remove-Item Env:ECLIPSE_SPEC_REPORT
    }
  }
  finally {
    if ($IsLinux -or $IsMacOS) { & bash tests/postgres-server.sh stop }
  }
  exit $code
}

function Invoke-Specs([string[]] $rest) {
  $target = ''; $identity = ''; $password = ''; $filter = ''
  $i = 0
  while ($i -lt $rest.Count) {
    $name = $rest[$i]
    if ($i + 1 -ge $rest.Count) { [Console]::Error.WriteLine("specs option '$name' needs a value"); Show-Usage; exit 2 }
    $value = $rest[$i + 1]
    switch -CaseSensitive ($name) {
      '--target' { $target = $value }
      '--identity' { $identity = $value }
      '--password' { $password = $value }
      '--filter' { $filter = $value }
      default { [Console]::Error.WriteLine("Unknown specs option '$name'"); Show-Usage; exit 2 }
    }
    $i += 2
  }
  Invoke-Build
  $testArgs = @('features/EclipseConformance.Features', '-c', 'Release', '--no-build', '-nologo',
    '--logger', 'trx;LogFileName=specs.trx', '--results-directory', 'artifacts/test-results')
  if ($filter) { $testArgs += @('--filter', $filter) }
  if ($target) {
    $env:ECLIPSE_SPECS_TARGET = $target; $env:ECLIPSE_SPECS_IDENTITY = $identity; $env:ECLIPSE_SPECS_PASSWORD = $password
    # One shared target: scenarios that steer its clock must not overlap with others.
    $testArgs += @('--', 'xUnit.ParallelizeTestCollections=false')
  }
  dotnet test @testArgs
  $code = $LASTEXITCODE
  Write-Host 'Reports: artifacts/specs/index.html, junit.xml, cucumber-messages.ndjson'
  exit $code
}

$command = if ($args.Count -gt 0) { $args[0] } else { '' }
switch -Regex ($command) {
  '^test$' { Invoke-Tests ($args | Select-Object -Skip 1) }
  '^specs$' { Invoke-Specs @($args | Select-Object -Skip 1) }
  '^load$' { Invoke-Load @($args | Select-Object -Skip 1) }
  '^bench$' {
    if ($args.Count -gt 1 -and $args[1] -eq 'rules') {
      dotnet build engine/EclipseConformance.Engine/EclipseConformance.Engine.csproj -c Release -nologo -v quiet -clp:NoSummary
      if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
      dotnet $engineDll bench rules; exit $LASTEXITCODE
    }
    Invoke-Load (@('bench') + @($args | Select-Object -Skip 1))
  }
  '^verify-signature$' {
    if (-not (Test-Path $engineDll)) {
      dotnet build engine/EclipseConformance.Engine/EclipseConformance.Engine.csproj -c Release -nologo -v quiet -clp:NoSummary | Write-Host
      if ($LASTEXITCODE -ne 0) { exit 2 }
    }
    dotnet $engineDll @args; exit $LASTEXITCODE
  }
  '^openapi$' {
    Invoke-Build
    $env:ECLIPSE_UPDATE_OPENAPI = '1'
    dotnet test tests/EclipseConformance.Engine.Tests -c Release --no-build -nologo --filter 'FullyQualifiedName~OpenApiDocumentsTests' | Out-Null
    git --no-pager diff --stat -- docs/openapi; exit 0
  }
  '^(help|-h|--help)$' { Show-Usage }
  '^$|^--' { Invoke-Build; dotnet $engineDll @args; exit $LASTEXITCODE }
  default { Write-Error "Unknown command '$command'"; Show-Usage; exit 2 }
}
