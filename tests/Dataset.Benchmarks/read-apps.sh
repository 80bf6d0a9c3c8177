# Sourced by build-overhead.sh and cold-start.sh after bench-setup.sh: the consumer of the packed package whose
# Program.cs times the first use of the dataset from Main, the JSON app that reads the same data with System.Text.Json's
# source-generated reader, and the helpers that run either as a fresh process and take medians of their lines.
# Each program prints one line: "WHAT MICROSECONDS CHECKSUM JITTED", JITTED being how many methods the runtime
# compiled during the timed part (System.Runtime.JitInfo; ReadyToRun code that is used as it is counts none).

# consumer_project EXTRA_PROPERTIES EXTRA_ELEMENTS: the project file of a consumer of the package.
consumer_project() {
  cat <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ImplicitUsings>disable</ImplicitUsings>
    <RootNamespace>Consumer</RootNamespace>$1
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Dataset" Version="$VERSION" />
  </ItemGroup>$2
</Project>
EOF
}

# program FIRST_QUOTE_MEMBER: a Program.cs that times the first use of the dataset from Main: with no argument the
# member's Text, with "articles" Articles.All.Count, with "all" every quote's Text and Speaker.Name.
program() {
  cat <<EOF
using System;
using System.Diagnostics;
using System.Globalization;

internal static class Program
{
    private static int Main(string[] args)
    {
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var stopwatch = Stopwatch.StartNew();
        if (args.Length > 0 && args[0] == "articles")
        {
            var count = Consumer.Articles.All.Count;
            stopwatch.Stop();
            Report("articles-us", stopwatch, count, jitted);
            return 0;
        }

        if (args.Length > 0 && args[0] == "all")
        {
            var length = 0;
            foreach (var quote in Consumer.Quotes.All)
            {
                length += quote.Text.Length + quote.Speaker.Name.Length;
            }

            stopwatch.Stop();
            Report("all-quotes-us", stopwatch, length, jitted);
            return 0;
        }

        var first = Consumer.Quotes.$1;
        var text = first.Text;
        stopwatch.Stop();
        Report("first-quote-us", stopwatch, text.Length, jitted);
        if (args.Length > 0 && args[0] == "count")
        {
            Console.WriteLine("quotes " + Consumer.Quotes.All.Count);
        }

        return 0;
    }

    private static void Report(string what, Stopwatch stopwatch, int checksum, long jitted) =>
        Console.WriteLine(what + " " + stopwatch.Elapsed.TotalMicroseconds.ToString("0", CultureInfo.InvariantCulture) + " " + checksum + " " + (System.Runtime.JitInfo.GetCompiledMethodCount() - jitted));
}
EOF
}

# make_json_app DIR: the JSON app's project and sources in DIR (the caller builds it). Its arguments: the JSON file,
# then "quotes" (a JSON file of every quote's text and speaker's name: read them all), "all" (the whole dataset: every
# quote's text and speaker's name) or nothing (the whole dataset: the first quote's text).
make_json_app() {
  mkdir -p "$1"
  cp "$REPO/tests/Dataset.Benchmarks/FirstAccess/JsonDataset.cs" "$1/"
  cat >"$1/JsonApp.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
</Project>
EOF
  cat >"$1/Program.cs" <<'EOF'
using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Dataset.Benchmarks.FirstAccess;

internal static class Program
{
    private static int Main(string[] args)
    {
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var stopwatch = Stopwatch.StartNew();
        using var stream = File.OpenRead(args[0]);
        if (args.Length > 1 && args[1] == "quotes")
        {
            // A JSON file of exactly the fields read: every quote's text and its speaker's name.
            var quotes = JsonSerializer.Deserialize(stream, JsonDatasetContext.Default.JsonQuotesDocument)!;
            var total = 0;
            foreach (var quote in quotes.Quotes)
            {
                total += quote.Text.Length + quote.Speaker.Length;
            }

            stopwatch.Stop();
            Report("all-quotes-us", stopwatch, total, jitted);
            return 0;
        }

        var document = JsonSerializer.Deserialize(stream, JsonDatasetContext.Default.JsonDatasetDocument)!;
        if (args.Length > 1 && args[1] == "all")
        {
            var length = 0;
            foreach (var article in document.Articles)
            {
                foreach (var quote in article.Quotes)
                {
                    length += quote.Text.Length + article.People.Find(person => person.Key == quote.Speaker)!.Name.Length;
                }
            }

            stopwatch.Stop();
            Report("all-quotes-us", stopwatch, length, jitted);
            return 0;
        }

        var text = document.Articles[0].Quotes[0].Text;
        stopwatch.Stop();
        Report("first-quote-us", stopwatch, text.Length, jitted);
        return 0;
    }

    private static void Report(string what, Stopwatch stopwatch, int checksum, long jitted) =>
        Console.WriteLine(what + " " + stopwatch.Elapsed.TotalMicroseconds.ToString("0", CultureInfo.InvariantCulture) + " " + checksum + " " + (System.Runtime.JitInfo.GetCompiledMethodCount() - jitted));
}
EOF
}

# run_app EXE [ARGS...]: "inproc_us wall_us jitted" of one fresh process: the program's own time from Main, the whole
# process's, and the methods compiled in the timed part.
run_app() {
  local start end line
  start="$(now_ns)"
  line="$("$@" | head -n 1)"
  end="$(now_ns)"
  echo "$(echo "$line" | awk '{ print $2 }') $(( (end - start) / 1000 )) $(echo "$line" | awk '{ print $4 }')"
}

# col_median SAMPLES COLUMN: the median of one column of run_app's lines.
col_median() { printf '%s' "$1" | awk -v c="$2" 'NF { print $c }' | median; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
