using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>
/// Reads generated sources back with Roslyn, without assuming their layout: the members the public classes declare,
/// the dataset their data literals decode to, the constants, and the diagnostics of parsing them (XML docs
/// included, under <see cref="DocumentationMode.Diagnose"/>).
/// </summary>
internal sealed class GeneratedCode
{
    /// <summary>The classes consumers use; everything the data names is a member of one of them.</summary>
    public static readonly string[] PublicClasses = ["Articles", "Quotes", "Stats", "Statistics", "People", "Organizations", "Places"];

    private GeneratedCode(IReadOnlyList<SyntaxTree> trees)
    {
        Trees = trees;
    }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    public static GeneratedCode Read(GeneratorDriverRunResult result) => new(result.GeneratedTrees.ToList());

    /// <summary>Parses <paramref name="sources"/> the way the compiler parses generated sources.</summary>
    public static GeneratedCode Parse(IEnumerable<string> sources) =>
        new(sources.Select(source => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions)).ToList());

    /// <summary>Every diagnostic of parsing the generated sources: syntax errors and badly formed XML docs (CS1570 and the like).</summary>
    public IEnumerable<Diagnostic> ParseDiagnostics => Trees.SelectMany(tree => tree.GetDiagnostics());

    /// <summary>
    /// The members of the public classes as dotted paths (<c>Quotes.Kerry</c>, <c>Quotes.Kerry.Agreed</c>), the
    /// generated lists named <c>All</c> left out.
    /// </summary>
    public ISet<string> MemberPaths()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in TopLevelTypes().Where(type => PublicClasses.Contains(type.Identifier.ValueText)))
        {
            AddMembers(type, type.Identifier.ValueText, paths);
        }

        return paths;
    }

    /// <summary>The names of every type declared at namespace level.</summary>
    public ISet<string> TopLevelTypeNames() => TopLevelTypes().Select(type => type.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The dataset the generated code holds, decoded by the runtime from the data literals: the <c>Index</c> of
    /// <c>DatasetStorage</c>, and each chunk its <c>Chunk</c> method returns (<c>case N: return Class.Data;</c>).
    /// </summary>
    public Dataset.Storage.EncodedDataset Decode(Action<int>? chunkRead = null)
    {
        var storage = Trees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Where(type => type.Identifier.ValueText == "DatasetStorage")
            .ToList();
        var index = Index(storage);
        var chunkClasses = storage.SelectMany(type => type.Members.OfType<ClassDeclarationSyntax>())
            .ToDictionary(type => type.Identifier.ValueText, type => Bytes(type.Members.OfType<PropertyDeclarationSyntax>().Single(property => property.Identifier.ValueText == "Data")), StringComparer.Ordinal);
        var chunks = storage.SelectMany(type => type.Members.OfType<MethodDeclarationSyntax>())
            .Single(method => method.Identifier.ValueText == "Chunk")
            .DescendantNodes().OfType<SwitchSectionSyntax>()
            .Where(section => section.Labels.Any(label => label is CaseSwitchLabelSyntax))
            .ToDictionary(
                section => (int)((LiteralExpressionSyntax)((CaseSwitchLabelSyntax)section.Labels.Single()).Value).Token.Value!,
                section => chunkClasses[((MemberAccessExpressionSyntax)((ReturnStatementSyntax)section.Statements.Single()).Expression!).Expression.ToString()]);
        return new Dataset.Storage.EncodedDataset(index, chunk =>
        {
            chunkRead?.Invoke(chunk);
            return chunks[chunk];
        });
    }

    /// <summary>
    /// The bytes of the index of <paramref name="storage"/> (the parts of <c>DatasetStorage</c>): a method with UTF-8
    /// literals (an <c>IndexSource</c>), a property of string literals before C# 11.
    /// </summary>
    public static byte[] Index(IEnumerable<ClassDeclarationSyntax> storage)
    {
        var members = storage.SelectMany(type => type.Members).ToList();
        var body = members.OfType<PropertyDeclarationSyntax>().Where(property => property.Identifier.ValueText == "Index").Select(property => property.ExpressionBody!)
            .Concat(members.OfType<MethodDeclarationSyntax>().Where(method => method.Identifier.ValueText == "Index").Select(method => method.ExpressionBody!))
            .Single();
        return Bytes(body);
    }

    /// <summary>
    /// The bytes of a property whose body is a UTF-8 literal or a sum of them, or (code for C# 7.3 to 10) a string
    /// literal or a sum of them, read as the runtime reads it: its UTF-8 encoding.
    /// </summary>
    public static byte[] Bytes(PropertyDeclarationSyntax property) => Bytes(property.ExpressionBody!);

    private static byte[] Bytes(ArrowExpressionClauseSyntax body) =>
        body.Expression.DescendantTokens()
            .Where(token => token.IsKind(SyntaxKind.Utf8StringLiteralToken) || token.IsKind(SyntaxKind.StringLiteralToken))
            .SelectMany(token => System.Text.Encoding.UTF8.GetBytes(token.ValueText))
            .ToArray();

    /// <summary>The constants of <c>Stats</c>, by <c>Group.Key</c>, as the values of their literals.</summary>
    public Dictionary<string, object?> Constants()
    {
        var constants = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var stats in TopLevelTypes().Where(type => type.Identifier.ValueText == "Stats"))
        {
            foreach (var group in stats.Members.OfType<ClassDeclarationSyntax>())
            {
                foreach (var field in group.Members.OfType<FieldDeclarationSyntax>().Where(field => field.Modifiers.Any(SyntaxKind.ConstKeyword)))
                {
                    foreach (var variable in field.Declaration.Variables)
                    {
                        constants[group.Identifier.ValueText + "." + variable.Identifier.ValueText] = variable.Initializer is { } initializer ? Value(initializer.Value) : null;
                    }
                }
            }
        }

        return constants;
    }

    private IEnumerable<TypeDeclarationSyntax> TopLevelTypes() =>
        Trees.SelectMany(tree => tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<TypeDeclarationSyntax>());

    private static void AddMembers(TypeDeclarationSyntax type, string path, HashSet<string> paths)
    {
        foreach (var member in type.Members)
        {
            switch (member)
            {
                case TypeDeclarationSyntax nested:
                    paths.Add(path + "." + nested.Identifier.ValueText);
                    AddMembers(nested, path + "." + nested.Identifier.ValueText, paths);
                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        Add(variable.Identifier);
                    }

                    break;
                case PropertyDeclarationSyntax property:
                    Add(property.Identifier);
                    break;
                case MethodDeclarationSyntax method:
                    Add(method.Identifier);
                    break;
                case EventDeclarationSyntax @event:
                    Add(@event.Identifier);
                    break;
                default:
                    paths.Add(path + ".<" + member.Kind() + ">");
                    break;
            }
        }

        void Add(SyntaxToken identifier)
        {
            if (identifier.ValueText != "All")
            {
                paths.Add(path + "." + identifier.ValueText);
            }
        }
    }

    private static object? Value(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal => literal.Token.Value,
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax literal } => literal.Token.Value switch
        {
            decimal value => -value,
            int value => -value,
            long value => -value,
            double value => -value,
            var other => "-" + other,
        },
        _ => expression.ToString(),
    };
}
