using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>
/// Reads generated sources back with Roslyn, without assuming their layout: the members the public classes declare,
/// the values passed to the runtime types' constructors, the constants, and the diagnostics of parsing them (XML docs
/// included, under <see cref="DocumentationMode.Diagnose"/>).
/// </summary>
internal sealed class GeneratedCode
{
    /// <summary>The classes consumers use; everything the data names is a member of one of them.</summary>
    public static readonly string[] PublicClasses = ["Articles", "Quotes", "Stats", "Statistics", "People", "Organizations", "Places"];

    private readonly Lazy<ILookup<string, ObjectCreationExpressionSyntax>> _creations;

    private GeneratedCode(IReadOnlyList<SyntaxTree> trees)
    {
        Trees = trees;
        _creations = new(() => trees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
            .ToLookup(creation => creation.Type.ToString().Replace("global::", string.Empty, StringComparison.Ordinal), StringComparer.Ordinal));
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
    /// Each <c>new T(...)</c> of the runtime type <typeparamref name="T"/> in the generated code, as its constructor's
    /// parameter names mapped to the literal values passed (string, decimal, int, null; a slice of the article's pooled
    /// texts read as the string it gives), or to the expression's text when it is not a literal.
    /// </summary>
    public List<Dictionary<string, object?>> Creations<T>()
    {
        var parameters = typeof(T).GetConstructors(BindingFlags.Public | BindingFlags.Instance).Single().GetParameters();
        var name = typeof(T).FullName!;
        var creations = new List<Dictionary<string, object?>>();
        foreach (var creation in _creations.Value[name])
        {
            var arguments = creation.ArgumentList?.Arguments ?? default;
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < arguments.Count; i++)
            {
                var parameter = arguments[i].NameColon?.Name.Identifier.ValueText ?? parameters[i].Name!;
                values[parameter] = Value(arguments[i].Expression);
            }

            creations.Add(values);
        }

        return creations;
    }

    /// <summary>The string literals of the array initializers inside each <c>new T(...)</c> of <typeparamref name="T"/> (an article's paragraphs).</summary>
    public IEnumerable<string?> ArrayStrings<T>() =>
        _creations.Value[typeof(T).FullName!]
            .SelectMany(creation => creation.DescendantNodes().OfType<InitializerExpressionSyntax>())
            .SelectMany(initializer => initializer.Expressions)
            .Select(expression => Value(expression) as string);

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

    /// <summary>
    /// The value of <c>Field.Substring(start, length)</c> when <c>Field</c> is a string field of the enclosing class
    /// initialized with a literal (an article's pooled texts), else null.
    /// </summary>
    private static string? Slice(InvocationExpressionSyntax invocation)
    {
        if (invocation is not { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Substring", Expression: IdentifierNameSyntax field } }
            || invocation.ArgumentList.Arguments is not [{ Expression: LiteralExpressionSyntax { Token.Value: int start } }, { Expression: LiteralExpressionSyntax { Token.Value: int length } }])
        {
            return null;
        }

        var text = invocation.Ancestors().OfType<TypeDeclarationSyntax>().First().Members.OfType<FieldDeclarationSyntax>()
            .SelectMany(declaration => declaration.Declaration.Variables)
            .Where(variable => variable.Identifier.ValueText == field.Identifier.ValueText)
            .Select(variable => (variable.Initializer?.Value as LiteralExpressionSyntax)?.Token.Value as string)
            .SingleOrDefault();
        return text is not null && start >= 0 && length >= 0 && start + length <= text.Length ? text.Substring(start, length) : null;
    }

    private static object? Value(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal => literal.Token.Value,
        InvocationExpressionSyntax slice when Slice(slice) is { } text => text,
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
