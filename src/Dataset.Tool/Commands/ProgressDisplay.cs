using System;
using System.IO;
using Spectre.Console;

namespace Dataset.Tool.Commands;

/// <summary>
/// A progress bar for long runs on an interactive terminal (drawn on standard error, so it never mixes with the
/// command's output); nothing at all when output is redirected, when the run is short, or when the command writes to
/// another writer than the console (tests).
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>From this many files on, a run shows progress.</summary>
    public const int Threshold = 200;

    public static T Run<T>(string description, int total, TextWriter output, Func<IProgress<int>?, T> work)
    {
        if (!IsInteractive(total, output))
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: total);
                result = work(new Progress(task));
            });
        return result;
    }

    /// <summary>Whether progress is shown: a long run, written to the console, with neither stream redirected.</summary>
    public static bool IsInteractive(int total, TextWriter output) =>
        ShowsProgress(
            total,
            writesToConsole: ReferenceEquals(output, Console.Out),
            outputRedirected: Console.IsOutputRedirected,
            errorRedirected: Console.IsErrorRedirected,
            inContinuousIntegration: Environment.GetEnvironmentVariable("CI") is not null);

    /// <summary>
    /// The decision of <see cref="IsInteractive"/> from its inputs: a run of <paramref name="total"/> files shows
    /// progress when it has at least <see cref="Threshold"/> files, writes to the console, neither standard output nor
    /// standard error is redirected, and it does not run in CI (the <c>CI</c> variable is unset).
    /// </summary>
    public static bool ShowsProgress(int total, bool writesToConsole, bool outputRedirected, bool errorRedirected, bool inContinuousIntegration) =>
        total >= Threshold
        && writesToConsole
        && !outputRedirected
        && !errorRedirected
        && !inContinuousIntegration;

    private sealed class Progress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
