#!/usr/bin/env bash
# Issue 21, target 2: an app that references a dataset library (the dataset-library template's settings: netstandard2.0,
# C# latest, DatasetVisibility=public, documentation file, statistics as read-only fields) of ARTICLES articles, built
# after a C#-only change of the app, against a bare console app built after the same change (goal: <= 1.3). Each run
# edits the app's Program.cs (a new constant, so the compiler must run) and runs `dotnet build` (incremental: the
# library is up to date); the two apps are built in turn (app, bare, app, ...) so noise hits both alike; medians.
#
# Usage: tests/Dataset.Benchmarks/library-rebuild.sh
#   ARTICLES=1000 RUNS=7 SHAPE=dense   the library's size, the runs of each app, the corpus shape (light or dense)
#   BENCH_DIR=/tmp/x                   where everything is made (default: a new folder under /tmp; deleted unless KEEP=1)
# Everything happens outside the repository, with the package packed under its own version and a NuGet cache of its own.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARTICLES="${ARTICLES:-1000}"
RUNS="${RUNS:-7}"
SHAPE="${SHAPE:-dense}"
BENCH_NAME=library
# shellcheck source=bench-setup.sh
source "$REPO/tests/Dataset.Benchmarks/bench-setup.sh"

# The library, as the dataset-library template makes it.
mkdir -p "$WORK/News"
run_logged "$BENCH" corpus --count "$ARTICLES" --shape "$SHAPE" --out "$WORK/News/data" --first-quote "$WORK/first-quote.txt"
cat >"$WORK/News/News.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <DatasetVisibility>public</DatasetVisibility>
    <DatasetStatConstants>false</DatasetStatConstants>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Dataset" Version="$VERSION" />
  </ItemGroup>
</Project>
XML

# program NAMESPACE_USE SERIAL: the app's Program.cs; SERIAL changes with each edit.
program() {
  cat <<CS
internal static class Program
{
    private const int Edit = $2;

    private static void Main() => System.Console.WriteLine($1 + Edit);
}
CS
}

app_project() {
  cat <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>$1
</Project>
XML
}

mkdir -p "$WORK/App" "$WORK/Bare"
app_project $'\n  <ItemGroup>\n    <ProjectReference Include="../News/News.csproj" />\n  </ItemGroup>' >"$WORK/App/App.csproj"
app_project "" >"$WORK/Bare/Bare.csproj"
member="News.Quotes.$(head -n 1 "$WORK/first-quote.txt").Text.Length"
program "$member" 0 >"$WORK/App/Program.cs"
program '"bare".Length' 0 >"$WORK/Bare/Program.cs"
say "first builds (the library: $ARTICLES $SHAPE articles)..."
run_logged dotnet build "$WORK/App/App.csproj" "${NO_SERVERS[@]}"
run_logged dotnet build "$WORK/Bare/Bare.csproj" "${NO_SERVERS[@]}"

# edit_and_build DIR PROJECT TEXT SERIAL: seconds of `dotnet build` after Program.cs is edited.
edit_and_build() {
  program "$3" "$4" >"$1/Program.cs"
  local start end
  start="$(now_ns)"
  run_logged dotnet build "$1/$2" --no-restore "${NO_SERVERS[@]}"
  end="$(now_ns)"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
}

app_times=() bare_times=()
for ((i = 1; i <= RUNS; i++)); do
  app_times+=("$(edit_and_build "$WORK/App" App.csproj "$member" "$i")")
  bare_times+=("$(edit_and_build "$WORK/Bare" Bare.csproj '"bare".Length' "$i")")
  say "  run $i: app with the library ${app_times[-1]} s, bare app ${bare_times[-1]} s"
done
app_median="$(printf '%s\n' "${app_times[@]}" | median)"
bare_median="$(printf '%s\n' "${bare_times[@]}" | median)"
"$WORK/App/bin/Debug/net10.0/App" >/dev/null

cat <<EOF

Dataset library: a C#-only change of an app that references a library of $ARTICLES $SHAPE articles ($(nproc) cores, $(dotnet --version) SDK)
  app with the library: median $app_median s   (runs: ${app_times[*]})
  bare console app:     median $bare_median s   (runs: ${bare_times[*]})
  app / bare app: $(ratio "$app_median" "$bare_median") (issue 21 goal <= 1.3)
EOF
