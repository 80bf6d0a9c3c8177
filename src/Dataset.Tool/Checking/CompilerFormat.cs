using System.Globalization;
using Dataset.Tool.Loading;
using Microsoft.CodeAnalysis;

namespace Dataset.Tool.Checking;

/// <summary>
/// Diagnostics as the compiler prints them, <c>file(line,col): error DS2001: message</c> with a 1-based line and column,
/// followed, as the compiler prints it, by the diagnostic's help link in parentheses: a line is exactly the line
/// <c>dotnet build</c> prints (without MSBuild's project suffix), so editors and CI logs that understand compiler
/// output understand these lines.
/// </summary>
internal static class CompilerFormat
{
    public static string Line(Diagnostic diagnostic, string root)
    {
        var severity = Severity(diagnostic.Severity);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri))
        {
            message += " (" + diagnostic.Descriptor.HelpLinkUri + ")";
        }

        if (!diagnostic.Location.IsInSource && diagnostic.Location.Kind != LocationKind.ExternalFile)
        {
            return $"dataset : {severity} {diagnostic.Id}: {message}";
        }

        var span = diagnostic.Location.GetLineSpan();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{LoadedDataset.Relative(span.Path, root)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {message}");
    }

    /// <summary>The summary line: counts of errors, warnings and files.</summary>
    public static string Summary(int errors, int warnings, int files) =>
        $"{Count(errors, "error")}, {Count(warnings, "warning")} in {Count(files, "article file")}.";

    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
