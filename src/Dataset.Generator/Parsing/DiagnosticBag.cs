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

    public DiagnosticBag(string filePath, LineMap lines)
    {
        _filePath = filePath;
        _lines = lines;
    }

    public bool HasErrors { get; private set; }

    public TextLocation Span(int start, int end) => _lines.Span(start, end);

    public void Add(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int start, int end, params string[] arguments) =>
        Add(descriptor, _lines.Span(start, end), null, arguments);

    public void Add(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextLocation location, TextLocation? first, params string[] arguments)
    {
        HasErrors |= descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error;
        _items.Add(new DiagnosticInfo(
            descriptor.Id,
            _filePath,
            location,
            first is null ? null : _filePath,
            first,
            new EquatableArray<string>(arguments.ToImmutableArray())));
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}
