using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Generator.Parsing;
using Dataset.Generator.Parsing.Numbers;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// Quick fixes for a figure the reader could not read (DS3001): each <c>value=</c>, <c>unit=</c> or <c>per=</c> its message names
/// (both readings of an ambiguous figure), kept only when the article with it reads the figure.
/// </summary>
internal static class FigureFixes
{
    private static readonly Regex AttributeNamed = new(@"(?<attribute>unit|per)=(?<value>""[^""]*""|[^\s,;:'"")]+)", RegexOptions.CultureInvariant);
    private static readonly Regex CurrencyCodes = new(@"several currencies \((?<codes>[^)]*)\)", RegexOptions.CultureInvariant);
    private static readonly Regex ScaledReading = new(@"may be (?<number>\S+) (?<scale>million|thousand) or", RegexOptions.CultureInvariant);
    private static readonly Regex AmountAlone = new(@"as in '(?<amount>[^']+)'", RegexOptions.CultureInvariant);

    /// <summary>One action a reading the message names, each checked: the article with it reads the figure.</summary>
    public static IEnumerable<CodeAction> ForUnreadFigure(WorkspaceDocument document, DocumentDiagnostic diagnostic)
    {
        if (ArticleItems.AnnotationAt(document.Parse, diagnostic.Start) is not { Kind: AnnotationKind.Stat } annotation)
        {
            yield break;
        }

        var (start, end) = document.Positions.Offsets(annotation.Span);
        if (end == 0 || document.Text[end - 1] != '}')
        {
            yield break;
        }

        foreach (var (attribute, value, why) in Readings(diagnostic.Message).Distinct())
        {
            var written = attribute + "=" + value;
            var edit = annotation.Attributes.FirstOrDefault(a => a.Prefix == '=' && a.Name == attribute) is { Name: not null } existing
                ? (existing.Start, existing.End, written)
                : (Start: end - 1, End: end - 1, " " + written);
            var text = string.Concat(document.Text.AsSpan(0, edit.Start), edit.Item3, document.Text.AsSpan(edit.End));
            var reread = ArticleParser.Read(document.Path, document.Model.RelativePath, text);
            if (reread.Model.Stats.Any(stat => document.Positions.Offsets(stat.Location).Start == start))
            {
                var title = $"Add `{written}`" + (why is null ? string.Empty : $" ({why})");
                yield return QuickFixes.Action(title, new[] { diagnostic.Lsp }, isPreferred: false, document, new[] { new TextEdit(document.Positions.Range(edit.Start, edit.End), edit.Item3) });
            }
        }
    }

    /// <summary>The attributes a DS3001 message names: each <c>unit=X</c> and <c>per=X</c>, each currency code it lists, the value of each number it spells out.</summary>
    private static IEnumerable<(string Attribute, string Value, string? Why)> Readings(string message)
    {
        foreach (Match match in ScaledReading.Matches(message))
        {
            if (Value(match.Groups["number"].Value + " " + match.Groups["scale"].Value) is { } value)
            {
                yield return ("value", value, match.Groups["number"].Value + " " + match.Groups["scale"].Value);
            }
        }

        foreach (Match match in AmountAlone.Matches(message))
        {
            if (Value(match.Groups["amount"].Value) is { } value)
            {
                yield return ("value", value, match.Groups["amount"].Value);
            }
        }

        foreach (Match match in AttributeNamed.Matches(message))
        {
            yield return (match.Groups["attribute"].Value, match.Groups["value"].Value, null);
        }

        foreach (Match match in CurrencyCodes.Matches(message))
        {
            foreach (var code in match.Groups["codes"].Value.Split(", ").Where(code => code.Length == 3 && code.All(char.IsAsciiLetterUpper)))
            {
                yield return ("unit", code, null);
            }
        }
    }

    private static string? Value(string text) =>
        NumberReader.Read(text) is { Status: NumberReadingStatus.Read, Upper: null } reading
            ? reading.Value.ToString("0.############################", CultureInfo.InvariantCulture)
            : null;
}
