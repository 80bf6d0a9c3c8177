namespace Dataset.Generator.Model;

/// <summary>
/// The consumer's C# language version (Roslyn's <c>LanguageVersion</c> value: 703 for C# 7.3, 1100 for C# 11), and
/// the constructs generated code may use in it. Today's output needs C# 11; below, each construct a version lacks is
/// written the older way, down to <see cref="Oldest"/>.
/// </summary>
internal readonly record struct LanguageLevel(int Version)
{
    /// <summary>C# 7.3, the default of netstandard2.0 and .NET Framework projects: the oldest version generated for.</summary>
    public const int Oldest = 703;

    /// <summary>Whether any code can be generated for the version (C# 7.3 or later).</summary>
    public bool IsSupported => Version >= Oldest;

    /// <summary><c>#nullable enable</c> (C# 8).</summary>
    public bool Nullable => Version >= 800;

    /// <summary><c>namespace N;</c> (C# 10); older versions get a block namespace.</summary>
    public bool FileScopedNamespaces => Version >= 1000;

    /// <summary><c>#line (l,c)-(l,c) offset "file"</c> (C# 10); older versions get <c>#line l "file"</c>.</summary>
    public bool SpanLineDirectives => Version >= 1000;

    /// <summary><c>"..."u8</c> (C# 11); older versions get the same text as a string literal.</summary>
    public bool Utf8Literals => Version >= 1100;
}
