using System.Collections.Generic;
using System.Collections.Immutable;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing;

/// <summary>Collects the diagnostics of one data file as plain <see cref="DiagnosticInfo"/> values.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = new();
    private readonly string _filePath;
    private readonly LineMap _lines;
    private readonly NormalizedText? _text;

    /// <param name="filePath">The data file's path.</param>
    /// <param name="lines">The line map of the text offsets are given in.</param>
    /// <param name="text">When offsets count in a normalized text, maps them back to the file's own offsets.</param>
    public DiagnosticBag(string filePath, LineMap lines, NormalizedText? text = null)
    {
        _filePath = filePath;
        _lines = lines;
        _text = text;
    }

    /// <summary>The data file the diagnostics are of.</summary>
    public string FilePath => _filePath;

    public bool HasErrors { get; private set; }

    /// <summary>How many diagnostics there are, for <see cref="Truncate"/>.</summary>
    public int Count => _items.Count;

    /// <summary>Drops the diagnostics added after there were <paramref name="count"/> (a reading that is started over).</summary>
    public void Truncate(int count)
    {
        _items.RemoveRange(count, _items.Count - count);
        HasErrors = false;
        foreach (var item in _items)
        {
            HasErrors |= Diagnostics.DiagnosticDescriptors.Get(item.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error;
        }
    }

    public TextLocation Span(int start, int end) => _lines.Span(start, end);

    public void Add(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int start, int end, params string[] arguments) =>
        Add(descriptor, _lines.Span(start, end), null, arguments);

    public void Add(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextLocation location, TextLocation? first, params string[] arguments)
    {
        HasErrors |= descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error;
        _items.Add(new DiagnosticInfo(
            descriptor.Id,
            _filePath,
            InFile(location),
            first is null ? null : _filePath,
            first is { } given ? InFile(given) : null,
            new EquatableArray<string>(arguments.ToImmutableArray())));
    }

    /// <summary>The location with its offsets in the file as given (line and column are the same in both texts).</summary>
    private TextLocation InFile(TextLocation location)
    {
        if (_text is null)
        {
            return location;
        }

        var start = _text.ToOriginal(location.Start);
        return location with { Start = start, Length = _text.ToOriginal(location.End) - start };
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}
