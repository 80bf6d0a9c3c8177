# Sourced by the benchmark scripts after they set REPO and BENCH_NAME: a work folder outside the repository (deleted
# at the end unless BENCH_DIR or KEEP=1), a NuGet cache of its own, no build servers, the Dataset package packed with
# a version of its own (so no cached package of that version is used), the corpus maker built, and a nuget.config
# that adds the packed package to the machine's own sources.
WORK="${BENCH_DIR:-$(mktemp -d "/tmp/dataset-$BENCH_NAME.XXXXXX")}"
mkdir -p "$WORK"
if [[ "${KEEP:-0}" != "1" && -z "${BENCH_DIR:-}" ]]; then
  trap 'rm -rf "$WORK"' EXIT
fi

export NUGET_PACKAGES="$WORK/nuget-cache"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_UI_LANGUAGE=en
NO_SERVERS=(-nodeReuse:false --disable-build-servers)
VERSION="0.1.0-$BENCH_NAME.$(date +%s)"
LOG="$WORK/log.txt"

say() { printf '%s\n' "$*" >&2; }
now_ns() { date +%s%N; }
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
run_logged() { "$@" >>"$LOG" 2>&1 || { say "FAILED: $*"; tail -n 40 "$LOG" >&2; exit 1; }; }
seconds_since() { awk -v s="$1" -v e="$(now_ns)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }'; }
mmss() { awk -v s="$1" 'BEGIN { printf "%d min %02d s", s / 60, s % 60 }'; }

say "work folder: $WORK (log: $LOG)"
say "packing Dataset $VERSION and building the corpus maker..."
run_logged dotnet pack "$REPO/src/Dataset/Dataset.csproj" -c Release -o "$WORK/packages" "-p:Version=$VERSION" \
  "-p:ArtifactsPath=$WORK/artifacts" "${NO_SERVERS[@]}"
run_logged dotnet build "$REPO/tests/Dataset.Benchmarks/Dataset.Benchmarks.csproj" -c Release \
  "-p:ArtifactsPath=$WORK/artifacts" "${NO_SERVERS[@]}"
BENCH="$WORK/artifacts/bin/Dataset.Benchmarks/release/Dataset.Benchmarks"

# The projects live under $WORK: no Directory.Build.* from above applies, and the package folder is added to the
# machine's own package sources (no <clear/>, no source named here).
echo '<Project />' >"$WORK/Directory.Build.props"
echo '<Project />' >"$WORK/Directory.Build.targets"
cat >"$WORK/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="dataset-$BENCH_NAME" value="$WORK/packages" />
  </packageSources>
</configuration>
XML

# measure COMMAND...: runs COMMAND in a session of its own, sampling every SAMPLE seconds the resident sets of the
# session's processes (MSBuild nodes, compilers), plus those whose command line holds MEASURE_ALSO when it is set (a
# compiler server of that pipe name, which may start outside the session); prints "wall_seconds peak_sum_MB
# peak_single_MB".
measure() {
  local start pid peak=0 single=0 sum max pids
  start="$(now_ns)"
  setsid "$@" >>"$LOG" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    pids="$({ ps -o pid= -s "$pid" 2>/dev/null || true; if [[ -n "${MEASURE_ALSO:-}" ]]; then pgrep -f -- "$MEASURE_ALSO" || true; fi; } | awk 'NF { print $1 }' | sort -u | paste -s -d, -)"
    read -r sum max < <(if [[ -n "$pids" ]]; then ps -o rss= -p "$pids" 2>/dev/null; fi | awk '{ s += $1; if ($1 > m) m = $1 } END { print s + 0, m + 0 }')
    if (( sum > peak )); then peak="$sum"; fi
    if (( max > single )); then single="$max"; fi
    sleep "${SAMPLE:-0.5}"
  done
  wait "$pid" || { say "FAILED: $*"; tail -n 40 "$LOG" >&2; exit 1; }
  echo "$(seconds_since "$start") $((peak / 1024)) $((single / 1024))"
}
