#!/usr/bin/env bash
# Builds (Release, incremental) and runs the load runner CLI: load/load.sh run --profile echo ...
# A root run.sh can delegate "./run.sh load ARGS" to this script.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/EclipseConformance.Load/EclipseConformance.Load.csproj"
if [[ "${LOAD_NO_BUILD:-}" != "1" ]]; then
  dotnet build "$project" -c Release -nologo -v q >/dev/null
fi
exec dotnet "$here/EclipseConformance.Load/bin/Release/net10.0/EclipseConformance.Load.dll" "$@"
