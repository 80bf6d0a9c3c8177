using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>A data file whose text is given as a <see cref="SourceText"/>, such as one decoded from bytes the way the compiler reads files.</summary>
internal sealed class TextAdditionalText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;

    /// <summary>
    /// The file <paramref name="bytes"/> decoded as the compiler decodes a file it reads: the encoding detected from a
    /// BOM, else UTF-8, with U+FFFD for bytes that are not valid UTF-8.
    /// </summary>
    public static TextAdditionalText FromBytes(string path, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return new TextAdditionalText(path, SourceText.From(stream, Encoding.UTF8));
    }
}
