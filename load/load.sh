#!/usr/bin/env bash
# Builds (Release, incremental) the load runner and the engine it starts, and runs the runner CLI:
#   load/load.sh run --profile transfer-steady ...   load/load.sh bench ledger ...   (./run.sh load|bench delegate here)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/EclipseConformance.Load/EclipseConformance.Load.csproj"
engine="$here/../engine/EclipseConformance.Engine/EclipseConformance.Engine.csproj"
if [[ "${LOAD_NO_BUILD:-}" != "1" ]]; then
  dotnet build "$engine" -c Release -nologo -v q >/dev/null
  dotnet build "$project" -c Release -nologo -v q >/dev/null
fi
exec dotnet "$here/EclipseConformance.Load/bin/Release/net10.0/EclipseConformance.Load.dll" "$@"
