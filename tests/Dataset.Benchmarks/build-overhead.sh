#!/usr/bin/env bash
# Whole-build measurements of the Dataset package (issues 5 and 9), with the real dotnet CLI:
#   build   `dotnet build --no-incremental` of a consumer with 1,000 articles using the packed package, against a bare
#           console app (issue 9: <= 4.5) and against the same consumer with the generated sources checked in as plain
#           .cs files and the generator off (issue 5); alternated (generator, bare, plain, generator, ...) so noise
#           hits all alike; medians and their ratios. Also the size of the generated C# against the articles (<= 3x).
#   big     wall time and peak working set of the 10,000-article Release build (the largest process: the compiler),
#           medians of BIG_RUNS builds.
#   read    in a fresh process, the time to the first quote, to Articles.All.Count, and to read every quote's Text and
#           Speaker.Name, of the 1,000- and 10,000-article datasets, against reading with System.Text.Json's
#           source-generated reader a JSON file of the whole dataset and (issue 21: <= 0.25) one of exactly those two
#           fields.
#   huge    with HUGE=100000: a consumer with that many articles is built once (Release) and reads one quote and
#           Quotes.All.Count.
#
# Usage: tests/Dataset.Benchmarks/build-overhead.sh [--quick]
#   --quick                 100 / 1,000 articles and 3 runs instead of 1,000 / 10,000 and 5 (a smoke test)
#   SHAPE=dense             the synthetic corpus's shape: light (default; 4 quotes, 5 stats, 7 mentions, shared groups)
#                           or dense (the seed's density: 8 quotes, 8 stats, 16 mentions, a stat group per article)
#   ARTICLES=1000 BIG=10000 RUNS=5 FIRST_ACCESS_RUNS=9 BIG_RUNS=3 HUGE=0   override the sizes and counts
#   ANALYZERS=1             also one build of each $ARTICLES-article consumer with -p:ReportAnalyzer=true: the compiler's
#                           time in the SDK's analyzers, the costliest first (CA2252 analyzes generated code)
#   BENCH_DIR=/tmp/x        where everything is made (default: a new folder under /tmp; deleted unless KEEP=1)
#
# Everything happens outside the repository: the package is packed with its own version and artifacts folder, and
# every restore uses its own NuGet cache (NUGET_PACKAGES), so no cached package of the same version is ever used.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARTICLES="${ARTICLES:-1000}"
BIG="${BIG:-10000}"
RUNS="${RUNS:-5}"
FIRST_ACCESS_RUNS="${FIRST_ACCESS_RUNS:-9}"
BIG_RUNS="${BIG_RUNS:-3}"
HUGE="${HUGE:-0}"
SHAPE="${SHAPE:-light}"
if [[ "${1:-}" == "--quick" ]]; then
  ARTICLES=100 BIG=1000 RUNS=3 FIRST_ACCESS_RUNS=3 BIG_RUNS=1
fi

BENCH_NAME=bench
# shellcheck source=bench-setup.sh
source "$REPO/tests/Dataset.Benchmarks/bench-setup.sh"

# shellcheck source=read-apps.sh
source "$REPO/tests/Dataset.Benchmarks/read-apps.sh"

# make_consumers NAME COUNT: $WORK/NAME-gen (the package with its generator) and $WORK/NAME-plain (the generated
# sources checked in, the generator excluded from the package reference, no DatasetArticle items), same data files.
make_consumers() {
  local name="$1" count="$2" gen="$WORK/$1-gen" plain="$WORK/$1-plain"
  mkdir -p "$gen" "$plain"
  run_logged "$BENCH" corpus --count "$count" --shape "$SHAPE" --out "$gen/data" --json "$WORK/$name.json" \
    --json-quotes "$WORK/$name.quotes.json" --first-quote "$WORK/$name.first-quote.txt"
  local member
  member="$(head -n 1 "$WORK/$name.first-quote.txt")"
  consumer_project "" "" >"$gen/Consumer.csproj"
  program "$member" >"$gen/Program.cs"

  # One build with the generated files written out: they become the plain consumer's checked-in sources.
  run_logged dotnet build "$gen/Consumer.csproj" "${NO_SERVERS[@]}" -p:EmitCompilerGeneratedFiles=true \
    "-p:CompilerGeneratedFilesOutputPath=$WORK/$name-generated"
  cp -r "$gen/data" "$plain/data"
  mkdir -p "$plain/Generated"
  find "$WORK/$name-generated" -name '*.g.cs' -exec cp {} "$plain/Generated/" \;
  # (ExcludeAssets="analyzers" on the PackageReference does not keep the SDK from passing the analyzer: remove it.)
  local off
  off="$(cat <<'XML'

  <Target Name="DatasetGeneratorOff" AfterTargets="ResolveLockFileAnalyzers">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'Dataset.Generator'" />
    </ItemGroup>
  </Target>
XML
)"
  consumer_project $'\n    <EnableDefaultDatasetArticles>false</EnableDefaultDatasetArticles>' "$off" >"$plain/Consumer.csproj"
  program "$member" >"$plain/Program.cs"
  run_logged dotnet restore "$plain/Consumer.csproj" "${NO_SERVERS[@]}"
  rm -rf "$WORK/$name-generated"
  # The plain consumer must compile without the generator, and the other with it.
  analyzers() { dotnet msbuild "$1/Consumer.csproj" -t:ResolveLockFileAnalyzers -getItem:Analyzer "${NO_SERVERS[@]}" 2>>"$LOG"; }
  if analyzers "$plain" | grep -q 'Dataset.Generator.dll'; then say "the plain consumer still has the generator"; exit 1; fi
  if ! analyzers "$gen" | grep -q 'Dataset.Generator.dll'; then say "the generator consumer has no generator"; exit 1; fi
}

# time_build DIR: seconds of one full `dotnet build` (restore done, every target re-run, no build servers).
time_build() {
  local start end
  start="$(now_ns)"
  run_logged dotnet build "$1/Consumer.csproj" --no-restore --no-incremental "${NO_SERVERS[@]}"
  end="$(now_ns)"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
}

# ----- build overhead at $ARTICLES articles -----
say "build: consumers with $ARTICLES articles..."
make_consumers small "$ARTICLES"
# The bare console app: what a user pays who loads the same facts from a JSON file at run time.
mkdir -p "$WORK/bare"
cat >"$WORK/bare/Consumer.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
</Project>
XML
echo 'System.Console.WriteLine("bare");' >"$WORK/bare/Program.cs"
run_logged dotnet restore "$WORK/bare/Consumer.csproj" "${NO_SERVERS[@]}"
gen_times=() plain_times=() bare_times=()
for ((i = 1; i <= RUNS; i++)); do
  gen_times+=("$(time_build "$WORK/small-gen")")
  bare_times+=("$(time_build "$WORK/bare")")
  plain_times+=("$(time_build "$WORK/small-plain")")
  say "  run $i: generator ${gen_times[-1]} s, bare app ${bare_times[-1]} s, checked-in sources ${plain_times[-1]} s"
done
gen_median="$(printf '%s\n' "${gen_times[@]}" | median)"
plain_median="$(printf '%s\n' "${plain_times[@]}" | median)"
bare_median="$(printf '%s\n' "${bare_times[@]}" | median)"
build_ratio="$(ratio "$gen_median" "$plain_median")"
bare_ratio="$(ratio "$gen_median" "$bare_median")"
small_data_chars="$(cat "$WORK/small-gen"/data/*.md | wc -m)"
small_generated_chars="$(cat "$WORK/small-plain"/Generated/*.g.cs | wc -m)"
size_ratio="$(ratio "$small_generated_chars" "$small_data_chars")"

# analyzer_report DIR: the compiler's report of its analyzers' time in one full build of DIR, one line each: the total,
# the first five analyzers it lists (those of the costliest analyzer assembly, costliest first) and the generators'
# total. The times are summed over threads; a busy machine inflates them, and an analyzer that first asks for a
# tree's semantic model is charged with work the compiler would do anyway.
analyzer_report() {
  dotnet build "$1/Consumer.csproj" --no-restore --no-incremental "${NO_SERVERS[@]}" -p:ReportAnalyzer=true -v:detailed \
    >"$WORK/analyzers.txt" 2>&1 || { say "FAILED: the analyzer report build of $1"; tail -n 40 "$WORK/analyzers.txt" >&2; exit 1; }
  awk '/Total analyzer execution time/ { found = 1; sub(/^ */, ""); print "    " $0; next }
       found && /^ *[0-9.<]+ +[0-9<]+      [A-Z]/ && shown < 5 { sub(/^ */, ""); print "    " $0; shown++ }
       found && /Total generator execution time/ { sub(/^ */, ""); print "    " $0; exit }' "$WORK/analyzers.txt"
}
analyzers_report="(not run: ANALYZERS=1 runs it)"
if [[ "${ANALYZERS:-0}" == "1" ]]; then
  say "analyzers: one build of each consumer with -p:ReportAnalyzer=true..."
  analyzers_report="$(printf 'generator consumer:\n%s\n  checked-in sources:\n%s' "$(analyzer_report "$WORK/small-gen")" "$(analyzer_report "$WORK/small-plain")")"
fi

# ----- goal 6 and goal 5: the $BIG-article dataset, built in Release -----
say "big: consumers with $BIG articles..."
make_consumers big "$BIG"
# wall_seconds H:MM:SS.ss|M:SS.ss: the seconds of a wall time as /usr/bin/time prints it.
wall_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }
peak_of() {
  /usr/bin/time -v dotnet build "$1/Consumer.csproj" -c Release --no-restore --no-incremental "${NO_SERVERS[@]}" >>"$LOG" 2>"$WORK/time.txt" \
    || { cat "$WORK/time.txt" >&2; exit 1; }
  awk -F': ' '/Maximum resident set size/ { printf "%.0f\n", $2 / 1024 } /Elapsed \(wall clock\)/ { print $2 > "/dev/stderr" }' "$WORK/time.txt"
}
# The peak working set depends on when the compiler's garbage collections fall: BIG_RUNS builds each, alternated, medians.
big_gen_peaks=() big_plain_peaks=() big_gen_walls=() big_plain_walls=()
for ((i = 1; i <= BIG_RUNS; i++)); do
  big_gen_peaks+=("$(peak_of "$WORK/big-gen" 2>"$WORK/big-gen.wall")")
  big_gen_walls+=("$(wall_seconds "$(cat "$WORK/big-gen.wall")")")
  big_plain_peaks+=("$(peak_of "$WORK/big-plain" 2>"$WORK/big-plain.wall")")
  big_plain_walls+=("$(wall_seconds "$(cat "$WORK/big-plain.wall")")")
  say "  run $i: generator ${big_gen_walls[-1]} s, ${big_gen_peaks[-1]} MB; checked-in sources ${big_plain_walls[-1]} s, ${big_plain_peaks[-1]} MB"
done
big_gen_peak="$(printf '%s\n' "${big_gen_peaks[@]}" | median) MB (runs: ${big_gen_peaks[*]})"
big_plain_peak="$(printf '%s\n' "${big_plain_peaks[@]}" | median) MB (runs: ${big_plain_peaks[*]})"
big_gen_wall="$(printf '%s\n' "${big_gen_walls[@]}" | median) s (runs: ${big_gen_walls[*]})"
big_plain_wall="$(printf '%s\n' "${big_plain_walls[@]}" | median) s (runs: ${big_plain_walls[*]})"
big_data_mb="$(du -sm "$WORK/big-gen/data" | cut -f1)"
big_generated_mb="$(du -sm "$WORK/big-plain/Generated" | cut -f1)"
big_size_ratio="$(ratio "$(cat "$WORK/big-plain"/Generated/*.g.cs | wc -m)" "$(cat "$WORK/big-gen"/data/*.md | wc -m)")"

# The JSON app: the same data as one JSON document, read with the source-generated System.Text.Json reader.
json="$WORK/json-app"
make_json_app "$json"
run_logged dotnet build "$json/JsonApp.csproj" -c Release "${NO_SERVERS[@]}"
json_mb="$(du -m "$WORK/big.json" | cut -f1)"

# The 1,000-article consumer in Release too, for reading its quotes.
run_logged dotnet build "$WORK/small-gen/Consumer.csproj" -c Release --no-restore "${NO_SERVERS[@]}"
json_exe="$json/bin/Release/net10.0/JsonApp"
declare -A samples
for name in small big; do
  dataset_exe="$WORK/$name-gen/bin/Release/net10.0/Consumer"
  "$dataset_exe" >/dev/null
  "$json_exe" "$WORK/$name.json" >/dev/null
  for mode in first all; do
    for ((i = 1; i <= FIRST_ACCESS_RUNS; i++)); do
      arg=(); [[ "$mode" == all ]] && arg=(all)
      samples[$name-$mode-dataset]+="$(run_app "$dataset_exe" "${arg[@]}")"$'\n'
      samples[$name-$mode-json]+="$(run_app "$json_exe" "$WORK/$name.json" "${arg[@]}")"$'\n'
      if [[ "$mode" == all ]]; then
        # The same two fields from a JSON file of nothing else, alternated with the same runs.
        samples[$name-quotes-json]+="$(run_app "$json_exe" "$WORK/$name.quotes.json" quotes)"$'\n'
        samples[$name-articles-dataset]+="$(run_app "$dataset_exe" articles)"$'\n'
      fi
    done
  done
done
expected="$(sed -n 2p "$WORK/big.first-quote.txt")"

# read_line NAME MODE [JSON_MODE]: one line of the read report for dataset NAME and MODE (first or all), against
# the JSON runs of JSON_MODE (default: the same mode; quotes: the JSON file of the two fields alone).
read_line() {
  local d j dw jw json="${3:-$2}"
  d="$(col_median "${samples[$1-$2-dataset]}" 1)"; j="$(col_median "${samples[$1-$json-json]}" 1)"
  dw="$(col_median "${samples[$1-$2-dataset]}" 2)"; jw="$(col_median "${samples[$1-$json-json]}" 2)"
  echo "generated $(ms "$d") ms, JSON $(ms "$j") ms, generated/JSON $(ratio "$d" "$j") (whole process: $(ms "$dw") ms, $(ms "$jw") ms, $(ratio "$dw" "$jw"))"
}

huge_report="(not run: HUGE=100000 runs it)"
if (( HUGE > 0 )); then
  say "huge: a consumer with $HUGE articles..."
  huge="$WORK/huge-gen"
  mkdir -p "$huge"
  run_logged "$BENCH" corpus --count "$HUGE" --shape "$SHAPE" --out "$huge/data" --json "$WORK/huge.json" --first-quote "$WORK/huge.first-quote.txt"
  consumer_project "" "" >"$huge/Consumer.csproj"
  program "$(head -n 1 "$WORK/huge.first-quote.txt")" >"$huge/Program.cs"
  run_logged dotnet restore "$huge/Consumer.csproj" "${NO_SERVERS[@]}"
  huge_peak="$(peak_of "$huge" 2>"$WORK/huge.wall")"
  huge_run="$("$huge/bin/Release/net10.0/Consumer" count | tr '\n' ' ')"
  huge_report="$(du -sm "$huge/data" | cut -f1) MB of data; Release build wall $(cat "$WORK/huge.wall"), peak $huge_peak MB; run: $huge_run"
fi

cat <<EOF

Dataset whole-build and read measurements ($(nproc) cores, $(dotnet --version) SDK, $SHAPE corpus; work folder $WORK)

Build: dotnet build --no-incremental of a consumer with $ARTICLES articles, $RUNS runs each, alternated, no build servers
  generator (package):              median $gen_median s   (runs: ${gen_times[*]})
  bare console app:                 median $bare_median s   (runs: ${bare_times[*]})
  checked-in sources, no generator: median $plain_median s   (runs: ${plain_times[*]})
  generator / bare app: $bare_ratio (goal <= 4.5); generator / checked-in: $build_ratio
  generated C# / articles, in characters: $size_ratio at $ARTICLES articles, $big_size_ratio at $BIG (goal <= 3)
  analyzers, one build each: $analyzers_report

Big: dotnet build -c Release --no-incremental of the $BIG-article consumer ($big_data_mb MB of data, $big_generated_mb MB of generated C#)
  generator: peak working set $big_gen_peak, wall $big_gen_wall (goal <= 2,500 MB and 90 s)
  checked-in sources: peak $big_plain_peak, wall $big_plain_wall

Read: a fresh process, $FIRST_ACCESS_RUNS runs each, medians of the time from Main (JSON file: $json_mb MB for $BIG articles)
  $ARTICLES articles, first quote:             $(read_line small first)
  $ARTICLES articles, every quote and speaker: $(read_line small all) (goal <= 0.5)
  $ARTICLES articles, every quote and speaker against a JSON file of those two fields: $(read_line small all quotes) (goal <= 0.25)
  $ARTICLES articles, Articles.All.Count:      $(ms "$(col_median "${samples[small-articles-dataset]}" 1)") ms (whole process $(ms "$(col_median "${samples[small-articles-dataset]}" 2)") ms; goal <= 10 ms)
  $BIG articles, first quote:             $(read_line big first) (goal: JSON >= 10x; issue 21: <= 5 ms)
  $BIG articles, every quote and speaker: $(read_line big all) (goal <= 0.5)
  $BIG articles, every quote and speaker against a JSON file of those two fields: $(read_line big all quotes) (goal <= 0.25)
  $BIG articles, Articles.All.Count:      $(ms "$(col_median "${samples[big-articles-dataset]}" 1)") ms
  (first quote: "$expected")

Huge: $huge_report
EOF
