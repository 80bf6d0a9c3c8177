#!/usr/bin/env bash
# Issue 21, target 1: what each build setting of a shard library costs. One shard of ARTICLES_PER_SHARD synthetic
# articles (the `corpus` command's), its project file the dataset-library template's (the package version put in), is
# built alone with `dotnet build -c Release -m:1 --no-incremental` (restored before, not timed) once per setting and
# round, the settings alternated within each round; every build's wall time and peak working set (the sum of the
# resident sets of the build's processes, `measure` in bench-setup.sh) are printed, then per setting the medians and
# their ratios to the template's own settings.
#
# Settings: the template as it is (XML docs on); GenerateDocumentationFile=false; ProduceReferenceAssembly=false;
# RunAnalyzers=false; Deterministic=false; DebugType=none; DebugType=embedded; the compiler server
# (UseSharedCompilation=true, a pipe of this run's own, whose server process is counted and stopped after each build);
# the compiler process's garbage collector (CscEnvironment, the environment MSBuild's Csc task starts the compiler
# with): told to keep memory low (DOTNET_GCConserveMemory=9, in place of the package's DOTNET_gcConcurrent=0), or
# with its background thread back (DatasetCompilerBackgroundGC=true, the package's setting off).
#
# Usage: tests/Dataset.Benchmarks/shard-settings.sh
#   ARTICLES_PER_SHARD=10000 ROUNDS=3 SAMPLE=0.5 SETTINGS="template docs-off ..."   override (names below)
#   BENCH_DIR=/tmp/x, KEEP=1   as for the other scripts
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARTICLES_PER_SHARD="${ARTICLES_PER_SHARD:-10000}"
ROUNDS="${ROUNDS:-3}"
SAMPLE="${SAMPLE:-0.5}"

BENCH_NAME=shard-settings
# shellcheck source=bench-setup.sh
source "$REPO/tests/Dataset.Benchmarks/bench-setup.sh"

PIPE="dataset-shard-settings-$$"
declare -A PROPS=(
  [template]=""
  [docs-off]="-p:GenerateDocumentationFile=false"
  [refasm-off]="-p:ProduceReferenceAssembly=false"
  [analyzers-off]="-p:RunAnalyzers=false"
  [nondeterministic]="-p:Deterministic=false"
  [debug-none]="-p:DebugType=none"
  [debug-embedded]="-p:DebugType=embedded"
  [server]="-p:UseSharedCompilation=true -p:SharedCompilationId=$PIPE"
  [gc-conserve]="-p:CscEnvironment=DOTNET_GCConserveMemory=9"
  [gc-background]="-p:DatasetCompilerBackgroundGC=true"
)
SETTINGS="${SETTINGS:-template docs-off refasm-off analyzers-off nondeterministic debug-none debug-embedded server}"

say "corpus: $ARTICLES_PER_SHARD articles in one shard..."
mkdir -p "$WORK/Shard01"
run_logged "$BENCH" corpus --count "$ARTICLES_PER_SHARD" --out "$WORK/Shard01/data"
sed "s/0.0.0-dataset-version/$VERSION/" "$REPO/src/Dataset.Templates/content/dataset-library/DatasetLibrary1.csproj" >"$WORK/Shard01/Shard01.csproj"
run_logged dotnet restore "$WORK/Shard01/Shard01.csproj" "${NO_SERVERS[@]}"
out="$WORK/Shard01/bin/Release/netstandard2.0"

stop_server() {
  local server
  for server in $(pgrep -f -- "-pipename:$PIPE" || true); do kill "$server" 2>/dev/null || true; done
}
# Stops the server before bench-setup.sh's own exit trap (which deletes the work folder).
previous_trap="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
# shellcheck disable=SC2064
trap "stop_server; $previous_trap" EXIT

results="$WORK/results.txt"
for ((round = 1; round <= ROUNDS; round++)); do
  for setting in $SETTINGS; do
    # shellcheck disable=SC2206
    props=(${PROPS[$setting]})
    if [[ "$setting" == server ]]; then
      servers=(-nodeReuse:false)
      export MEASURE_ALSO="-pipename:$PIPE"
    else
      servers=("${NO_SERVERS[@]}")
      unset MEASURE_ALSO
    fi
    rm -rf "$out"
    read -r wall peak single < <(measure dotnet build "$WORK/Shard01/Shard01.csproj" -c Release --no-restore --no-incremental -m:1 "${servers[@]}" "${props[@]}")
    [[ -n "${wall:-}" ]] || exit 1
    [[ "$setting" == server ]] && stop_server
    dll="$(du -k "$out/Shard01.dll" | cut -f1)"
    xml="$(if [[ -f "$out/Shard01.xml" ]]; then du -k "$out/Shard01.xml" | cut -f1; else echo 0; fi)"
    echo "$setting $wall $peak $single $dll $xml" >>"$results"
    say "round $round $setting: $wall s, peak $peak MB (largest process $single MB), dll $((dll / 1024)) MB, xml $((xml / 1024)) MB ($(uptime | sed 's/.*load average: /load /'))"
  done
done

base_wall="$(awk '$1 == "template" { print $2 }' "$results" | median)"
base_peak="$(awk '$1 == "template" { print $3 }' "$results" | median)"
echo
echo "Shard settings: one shard of $ARTICLES_PER_SHARD articles, dotnet build -c Release -m:1 --no-incremental, $ROUNDS rounds alternated ($(nproc) cores, $(dotnet --version) SDK, $(uptime | sed 's/.*load average: /load average /'))"
printf '%-18s %9s %9s %9s %9s %7s %7s\n' setting "wall s" "÷ tmpl" "peak MB" "÷ tmpl" "dll MB" "xml MB"
for setting in $SETTINGS; do
  wall="$(awk -v s="$setting" '$1 == s { print $2 }' "$results" | median)"
  peak="$(awk -v s="$setting" '$1 == s { print $3 }' "$results" | median)"
  dll="$(awk -v s="$setting" '$1 == s { print $5 }' "$results" | median)"
  xml="$(awk -v s="$setting" '$1 == s { print $6 }' "$results" | median)"
  printf '%-18s %9s %9s %9s %9s %7s %7s\n' "$setting" "$wall" "$(ratio "$wall" "$base_wall")" "$peak" "$(ratio "$peak" "$base_peak")" \
    "$(awk -v k="$dll" 'BEGIN { printf "%.1f", k / 1024 }')" "$(awk -v k="$xml" 'BEGIN { printf "%.1f", k / 1024 }')"
done
