#!/usr/bin/env bash
# Issue 21, target 1: one dataset split into shard libraries, built in parallel by MSBuild, read through one catalog.
#   SHARDS x ARTICLES_PER_SHARD synthetic articles (the `corpus` command's, split in path order into SHARDS folders),
#   each folder a library made like the dataset-library template's (its project file, the package version put in),
#   and an app made like the dataset-app template's that references every shard and prints
#   DatasetCatalog.Quotes.Count and one typed quote of the shard that holds the corpus's first quote.
#   `dotnet build -c Release -m:$PARALLEL` of the app (restore done before, not timed), no build servers: the wall time
#   and the peak working set of the whole build, the sum of the resident sets of every process of the build's session
#   (MSBuild nodes and compilers), sampled every SAMPLE seconds; then one shard alone (-m:1) and the app alone, for the
#   per-shard figures and the projection to 1,000,000 articles on one machine and on build farms.
#
# Usage: tests/Dataset.Benchmarks/shards.sh
#   SHARDS=10 ARTICLES_PER_SHARD=10000 PARALLEL=2 SAMPLE=0.5   override the layout
#   FARM="10 100"   the build farms (numbers of machines like this one) the 1,000,000-article projection is made for
#   BENCH_DIR=/tmp/x    where everything is made (default: a new folder under /tmp; deleted unless KEEP=1)
# Everything happens outside the repository, with its own package version, artifacts folder and NuGet cache.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SHARDS="${SHARDS:-10}"
ARTICLES_PER_SHARD="${ARTICLES_PER_SHARD:-10000}"
PARALLEL="${PARALLEL:-2}"
SAMPLE="${SAMPLE:-0.5}"
TOTAL=$((SHARDS * ARTICLES_PER_SHARD))

BENCH_NAME=shards
# shellcheck source=bench-setup.sh
source "$REPO/tests/Dataset.Benchmarks/bench-setup.sh"

say "corpus: $TOTAL articles in $SHARDS shards of $ARTICLES_PER_SHARD..."
run_logged "$BENCH" corpus --count "$TOTAL" --out "$WORK/corpus" --first-quote "$WORK/first-quote.txt"
member="$(sed -n 1p "$WORK/first-quote.txt")"
expected_text="$(sed -n 2p "$WORK/first-quote.txt")"
shard_name() { printf 'Shard%02d' "$1"; }
template="$REPO/src/Dataset.Templates/content"
references=""
mapfile -t files < <(cd "$WORK/corpus" && ls | LC_ALL=C sort)
(( ${#files[@]} == TOTAL )) || { say "the corpus has ${#files[@]} files, not $TOTAL"; exit 1; }
for ((s = 1; s <= SHARDS; s++)); do
  name="$(shard_name "$s")"
  mkdir -p "$WORK/$name/data"
  (cd "$WORK/corpus" && mv -t "$WORK/$name/data/" "${files[@]:$(((s - 1) * ARTICLES_PER_SHARD)):$ARTICLES_PER_SHARD}")
  sed "s/0.0.0-dataset-version/$VERSION/" "$template/dataset-library/DatasetLibrary1.csproj" >"$WORK/$name/$name.csproj"
  references+="    <ProjectReference Include=\"..\\$name\\$name.csproj\" />"$'\n'
done
# The shard that holds the first quote (its annotation is #Speaker.Key).
first_shard="$(grep -l -r -F "#$member " "$WORK"/Shard*/data | head -n 1 | sed -E 's|.*/(Shard[0-9]+)/data/.*|\1|')"
[[ -n "$first_shard" ]] || { say "no shard holds Quotes.$member"; exit 1; }

mkdir -p "$WORK/App"
awk -v refs="$references" -v version="$VERSION" '
  /<ProjectReference / { printf "%s", refs; next }
  { gsub("0.0.0-dataset-version", version); print }' "$template/dataset-app/DatasetApp1.csproj" >"$WORK/App/App.csproj"
cat >"$WORK/App/Program.cs" <<CSHARP
using System;
using System.Diagnostics;

var stopwatch = Stopwatch.StartNew();
var count = App.DatasetCatalog.Quotes.Count;
var elapsed = stopwatch.Elapsed.TotalMilliseconds;
Console.WriteLine(\$"DatasetCatalog.Quotes.Count: {count} ({elapsed:0} ms, {App.DatasetCatalog.Libraries.Count} libraries, {App.DatasetCatalog.Articles.Count} articles)");
Console.WriteLine(\$"$first_shard.Quotes.$member: {$first_shard.Quotes.$member.Text} ({$first_shard.Quotes.$member.Speaker.Name})");
CSHARP
run_logged dotnet restore "$WORK/App/App.csproj" "${NO_SERVERS[@]}"

say "build: dotnet build -c Release -m:$PARALLEL of the app and its $SHARDS shards..."
read -r wall peak single < <(measure dotnet build "$WORK/App/App.csproj" -c Release --no-restore "-m:$PARALLEL" "${NO_SERVERS[@]}")
[[ -n "${wall:-}" ]] || exit 1
say "  $wall s, peak $peak MB (largest process $single MB)"
start="$(now_ns)"
app_output="$(dotnet "$WORK/App/bin/Release/net10.0/App.dll")"
app_seconds="$(seconds_since "$start")"
say "$app_output"
grep -q "DatasetCatalog.Quotes.Count: $((TOTAL * 4)) " <<<"$app_output" || say "WARNING: not $((TOTAL * 4)) quotes"
grep -q -F ": $expected_text (" <<<"$app_output" || { say "the typed quote is not the corpus's first: $expected_text"; exit 1; }

one="$(shard_name 1)"
say "one shard alone: dotnet build -c Release -m:1 --no-incremental of $one..."
read -r shard_wall shard_peak shard_single < <(measure dotnet build "$WORK/$one/$one.csproj" -c Release --no-restore --no-incremental -m:1 "${NO_SERVERS[@]}")
[[ -n "${shard_wall:-}" ]] || exit 1
say "  $shard_wall s, peak $shard_peak MB (largest process $shard_single MB)"

one_app="dotnet build -c Release --no-incremental --no-dependencies -m:1"
say "the app alone: $one_app (its shards built)..."
read -r app_wall app_peak app_single < <(measure dotnet build "$WORK/App/App.csproj" -c Release --no-restore --no-incremental --no-dependencies -m:1 "${NO_SERVERS[@]}")
[[ -n "${app_wall:-}" ]] || exit 1
say "  $app_wall s, peak $app_peak MB"

# Per shard: the whole build's time less the app's, over the shards, times the shards built at once: what one shard
# costs among $PARALLEL others. 1,000,000 articles are this many shards of this size; one machine builds them
# $PARALLEL at a time, as here, then the app; a farm of FARM machines of this kind builds ceil(shards / FARM) each, in
# parallel, then one machine builds the app (which compiles no data: it references every shard).
million_shards=$((1000000 / ARTICLES_PER_SHARD))
per_shard="$(awk -v w="$wall" -v a="$app_wall" -v s="$SHARDS" -v p="$PARALLEL" 'BEGIN { printf "%.1f", (w - a) * p / s }')"
project() { awk -v t="$per_shard" -v n="$million_shards" -v m="$1" -v p="$PARALLEL" -v a="$app_wall" 'BEGIN { k = int((n + m - 1) / m); printf "%.0f", int((k + p - 1) / p) * t + a }'; }
farms=""
for machines in ${FARM:-10 100}; do
  seconds="$(project "$machines")"
  farms+="; $machines machines $seconds s ($(mmss "$seconds"))"
done
one_machine="$(project 1)"

cat <<REPORT

Dataset shards ($(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB, $(dotnet --version) SDK, $(uptime | sed 's/.*load average: /load average /'); work folder $WORK)

$TOTAL articles as $SHARDS shard libraries of $ARTICLES_PER_SHARD ($(du -sm "$WORK"/Shard*/data | awk '{ s += $1 } END { print s }') MB of data), an app referencing all of them
  dotnet build -c Release -m:$PARALLEL (restored, no build servers): wall $wall s ($(mmss "$wall")), peak working set of the whole build $peak MB (sum over its processes, sampled every $SAMPLE s; largest process $single MB)
  the app: $(tr '\n' ' ' <<<"$app_output")(process $app_seconds s)
One shard alone, dotnet build -c Release -m:1 --no-incremental: wall $shard_wall s, peak $shard_peak MB (largest process $shard_single MB)
The app alone, $one_app: wall $app_wall s, peak $app_peak MB
Per shard at -m:$PARALLEL: ($wall s - $app_wall s) x $PARALLEL / $SHARDS = $per_shard s; peak $peak MB for $PARALLEL at once, whatever the number of shards
1,000,000 articles as $million_shards such shards, $PARALLEL at a time per machine, then the app: one machine like this one $one_machine s ($(mmss "$one_machine")), peak about $peak MB$farms, each machine's peak the same
  (from the shard alone instead: $million_shards x $shard_wall s / $PARALLEL = $(awk -v t="$shard_wall" -v n="$million_shards" -v p="$PARALLEL" 'BEGIN { printf "%.0f", t * n / p }') s on one machine)
REPORT
