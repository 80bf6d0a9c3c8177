#!/usr/bin/env bash
# Wall time of `dataset check` over 1,000 synthetic articles, start-up included (issue 13: at most 2 s).
# Packs Dataset.Tool (Release) into a temporary folder, installs it with `dotnet tool install --tool-path` (fresh NuGet
# cache), writes the benchmarks' synthetic corpus and times the installed command with hyperfine (apt-get install
# hyperfine) or, without it, with a loop of 10 runs. Usage: tests/Dataset.Benchmarks/tool-check.sh [N articles]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-timing.$(date +%s)"

dotnet pack src/Dataset.Tool/Dataset.Tool.csproj -c Release -o "$work/packages" -p:Version="$version" -p:ArtifactsPath="$work/artifacts" \
    -nodeReuse:false --disable-build-servers > "$work/pack.log"
NUGET_PACKAGES="$work/nuget" dotnet tool install Dataset.Tool --tool-path "$work/tools" --version "$version" --add-source "$work/packages" > "$work/install.log"
dotnet run -c Release --project tests/Dataset.Benchmarks -- corpus --count "$count" --out "$work/project/data" > /dev/null

cd "$work/project"
"$work/tools/dataset" check
if command -v hyperfine > /dev/null; then
    hyperfine --warmup 2 --runs 10 "$work/tools/dataset check"
else
    for i in $(seq 1 10); do
        start=$(date +%s%N)
        "$work/tools/dataset" check > /dev/null
        echo "run $i: $(( ($(date +%s%N) - start) / 1000000 )) ms"
    done
fi
