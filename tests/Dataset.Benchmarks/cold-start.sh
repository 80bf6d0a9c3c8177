#!/usr/bin/env bash
# Cold start (issue 21, target 3): fresh processes, the program's own time from Main, of consumers of the packed
# package with ARTICLES and BIG articles and of a JSON app (System.Text.Json's source-generated reader):
#   - Articles.All.Count at ARTICLES articles (goal <= 10 ms), and at BIG
#   - every quote's Text and Speaker.Name at ARTICLES articles, against the JSON app reading a JSON file of exactly
#     those two fields (goal <= 0.25)
#   - the first quote (its member's Text) at ARTICLES and at BIG articles (goal <= 5 ms at 10,000)
# each compiled two ways, both apps alike: JIT (`dotnet build -c Release`, what a user who only builds runs) and
# ReadyToRun (`dotnet publish -c Release -r RID --self-contained false -p:PublishReadyToRun=true`, which precompiles
# the app, Dataset.dll and System.Text.Json's app-side code; the shared framework is ReadyToRun either way); and a
# third way for the consumers, the JIT build with the ReadyToRun Dataset.dll of the publish folder dropped in: what a
# package whose Dataset.dll were precompiled would give an app that is only built.
# Runs are alternated (every program and mode once, then again) so noise hits all alike; medians of RUNS.
#
# Usage: tests/Dataset.Benchmarks/cold-start.sh [--quick]
#   --quick                 100 / 1,000 articles and 3 runs (a smoke test)
#   SHAPE=dense             the synthetic corpus's shape (default dense, the seed's density; or light)
#   ARTICLES=1000 BIG=10000 RUNS=9 RID=linux-x64   override the sizes, the runs and the runtime identifier
#   BENCH_DIR=/tmp/x        where everything is made (default: a new folder under /tmp; deleted unless KEEP=1)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARTICLES="${ARTICLES:-1000}"
BIG="${BIG:-10000}"
RUNS="${RUNS:-9}"
SHAPE="${SHAPE:-dense}"
RID="${RID:-linux-x64}"
if [[ "${1:-}" == "--quick" ]]; then
  ARTICLES=100 BIG=1000 RUNS=3
fi

BENCH_NAME=coldstart
# shellcheck source=bench-setup.sh
source "$REPO/tests/Dataset.Benchmarks/bench-setup.sh"
# shellcheck source=read-apps.sh
source "$REPO/tests/Dataset.Benchmarks/read-apps.sh"

READY_TO_RUN=(-c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true)

# is_ready_to_run DLL: whether DLL holds precompiled code (the ReadyToRun header's signature, "RTR").
is_ready_to_run() { LC_ALL=C grep -qa 'RTR' "$1"; }

# build_both PROJECT NAME: PROJECT built for JIT (bin/Release) and published ReadyToRun into its folder's r2r/; with
# a Dataset.dll, also lib/: the JIT build with the ReadyToRun Dataset.dll.
build_both() {
  local dir
  dir="$(dirname "$1")"
  run_logged dotnet build "$1" -c Release "${NO_SERVERS[@]}"
  run_logged dotnet publish "$1" "${READY_TO_RUN[@]}" -o "$dir/r2r" "${NO_SERVERS[@]}"
  for dll in "$dir/r2r/$2.dll" "$dir/r2r/Dataset.dll"; do
    if [[ -f "$dll" ]] && ! is_ready_to_run "$dll"; then say "not ReadyToRun: $dll"; exit 1; fi
  done
  if [[ -f "$dir/r2r/Dataset.dll" ]]; then
    rm -rf "$dir/lib"
    cp -r "$dir/bin/Release/net10.0" "$dir/lib"
    cp "$dir/r2r/Dataset.dll" "$dir/lib/Dataset.dll"
  fi
}

# make_consumer NAME COUNT: $WORK/NAME, a consumer with COUNT articles, built both ways.
make_consumer() {
  local dir="$WORK/$1"
  mkdir -p "$dir"
  run_logged "$BENCH" corpus --count "$2" --shape "$SHAPE" --out "$dir/data" --json-quotes "$WORK/$1.quotes.json" \
    --first-quote "$WORK/$1.first-quote.txt"
  consumer_project "" "" >"$dir/Consumer.csproj"
  program "$(head -n 1 "$WORK/$1.first-quote.txt")" >"$dir/Program.cs"
  build_both "$dir/Consumer.csproj" Consumer
}

say "consumers with $ARTICLES and $BIG articles ($SHAPE), and the JSON app, built for JIT and ReadyToRun..."
make_consumer small "$ARTICLES"
make_consumer big "$BIG"
make_json_app "$WORK/json-app"
build_both "$WORK/json-app/JsonApp.csproj" JsonApp

# exe MODE DIR NAME: the program of DIR compiled the MODE way: jit, r2r, or lib (the JSON app has no lib: its jit).
exe() {
  case "$1" in
    r2r) echo "$2/r2r/$3" ;;
    lib) if [[ -d "$2/lib" ]]; then echo "$2/lib/$3"; else echo "$2/bin/Release/net10.0/$3"; fi ;;
    *) echo "$2/bin/Release/net10.0/$3" ;;
  esac
}
modes=(jit r2r lib)
declare -A samples
for mode in "${modes[@]}"; do
  # One run each first, not counted: the files in the page cache for every program alike.
  "$(exe "$mode" "$WORK/small" Consumer)" >/dev/null
  "$(exe "$mode" "$WORK/big" Consumer)" >/dev/null
  "$(exe "$mode" "$WORK/json-app" JsonApp)" "$WORK/small.quotes.json" quotes >/dev/null
done
for ((i = 1; i <= RUNS; i++)); do
  for mode in "${modes[@]}"; do
    small="$(exe "$mode" "$WORK/small" Consumer)" big="$(exe "$mode" "$WORK/big" Consumer)" json="$(exe "$mode" "$WORK/json-app" JsonApp)"
    samples[$mode-small-articles]+="$(run_app "$small" articles)"$'\n'
    samples[$mode-small-all]+="$(run_app "$small" all)"$'\n'
    samples[$mode-json-quotes]+="$(run_app "$json" "$WORK/small.quotes.json" quotes)"$'\n'
    samples[$mode-small-first]+="$(run_app "$small")"$'\n'
    samples[$mode-big-first]+="$(run_app "$big")"$'\n'
    samples[$mode-big-articles]+="$(run_app "$big" articles)"$'\n'
  done
  say "  run $i of $RUNS"
done

# cell MODE WHAT: "T ms (whole process W ms, J jitted)", the medians of one program's runs.
cell() {
  local s="${samples[$1-$2]}"
  echo "$(ms "$(col_median "$s" 1)") ms (process $(ms "$(col_median "$s" 2)") ms, $(col_median "$s" 3) JIT)"
}
# quotes_ratio MODE: every quote's Text and Speaker.Name of the dataset ÷ the JSON app's, medians.
quotes_ratio() { ratio "$(col_median "${samples[$1-small-all]}" 1)" "$(col_median "${samples[$1-json-quotes]}" 1)"; }
row() { printf '  %-56s %-40s %-40s %-40s %s\n' "$@"; }

cat <<EOF

Cold start ($(nproc) cores, $(dotnet --version) SDK, $SHAPE corpus, load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg); work folder $WORK)
Fresh processes, $RUNS runs of each alternated, medians of the time from Main (of the whole process, and how many
methods were JIT-compiled in the timed part). JIT: dotnet build -c Release. ReadyToRun: dotnet publish ${READY_TO_RUN[*]}.
JIT + R2R Dataset.dll: the JIT build with the published Dataset.dll (the JSON app's column is its JIT build).

EOF
row "" "JIT" "ReadyToRun" "JIT + R2R Dataset.dll" "goal"
row "$ARTICLES articles, Articles.All.Count" "$(cell jit small-articles)" "$(cell r2r small-articles)" "$(cell lib small-articles)" "<= 10 ms"
row "$ARTICLES articles, every quote's Text and Speaker.Name" "$(cell jit small-all)" "$(cell r2r small-all)" "$(cell lib small-all)" ""
row "System.Text.Json, a JSON file of those two fields" "$(cell jit json-quotes)" "$(cell r2r json-quotes)" "$(cell lib json-quotes)" ""
row "  dataset / JSON" "$(quotes_ratio jit)" "$(quotes_ratio r2r)" "$(quotes_ratio lib)" "<= 0.25"
row "$ARTICLES articles, first quote" "$(cell jit small-first)" "$(cell r2r small-first)" "$(cell lib small-first)" ""
row "$BIG articles, first quote" "$(cell jit big-first)" "$(cell r2r big-first)" "$(cell lib big-first)" "<= 5 ms (at 10,000)"
row "$BIG articles, Articles.All.Count" "$(cell jit big-articles)" "$(cell r2r big-articles)" "$(cell lib big-articles)" ""
