using System.Diagnostics;

namespace Dataset.Tool.Tests.Infrastructure;

/// <summary>
/// Debian's chromium, headless, with a fresh profile and no network, background or sync activity: loads a page from
/// disk and dumps its DOM or takes a screenshot. CI installs it (.ci/run); a machine without it fails the test.
/// </summary>
internal static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static string Executable { get; } =
        new[] { "chromium", "chromium-browser" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(directory => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("chromium is not installed: apt-get install -y chromium (.ci/run does it)");

    /// <summary>The DOM after the page loaded (and applied its style), as --dump-dom prints it.</summary>
    public static string DumpDom(string page) => Run(["--dump-dom", new Uri(page).AbsoluteUri]).Output;

    /// <summary>Takes a screenshot of <paramref name="url"/> into <paramref name="png"/>.</summary>
    public static void Screenshot(string url, string png, int width = 1000, int height = 900)
    {
        var result = Run([$"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", url]);
        if (!File.Exists(png))
        {
            throw new InvalidOperationException($"chromium wrote no screenshot (exit code {result.ExitCode}).\n{result.Error}");
        }
    }

    private static (int ExitCode, string Output, string Error) Run(string[] arguments)
    {
        using var profile = new TempDirectory();
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile.Path,
        }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s: {string.Join(" ", arguments)}");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
