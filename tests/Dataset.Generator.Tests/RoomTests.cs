using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Dataset.Generator.Tests;

/// <summary>
/// The generator's rooms use only what docs/architecture.md says they may: a file's namespace is its room, and the
/// rooms it names (by a using directive or a qualified name) must be in that room's row. Parsing/Numbers also names
/// nothing of the Parsing namespace around it, which it would see without a using.
/// </summary>
public sealed class RoomTests
{
    private const string Generator = "Dataset.Generator";

    /// <summary>Each room and the rooms it may use (docs/architecture.md, "The rooms and what each may use").</summary>
    private static readonly Dictionary<string, string[]> MayUse = new(StringComparer.Ordinal)
    {
        ["Model"] = new[] { "Diagnostics" },
        ["Diagnostics"] = new[] { "Model" },
        ["Parsing.Numbers"] = new[] { "Model" },
        ["Parsing.FrontMatter"] = new[] { "Model", "Diagnostics", "Parsing" },
        ["Parsing.Body"] = new[] { "Model", "Diagnostics", "Parsing" },
        ["Parsing"] = new[] { "Model", "Diagnostics", "Parsing.Body", "Parsing.FrontMatter", "Parsing.Numbers" },
        ["Checks"] = new[] { "Model", "Diagnostics" },
        ["Emitting"] = new[] { "Model" },
    };

    [Fact]
    public void EveryRoomUsesOnlyTheRoomsItsRowLists()
    {
        var files = GeneratorSources().ToList();
        Assert.NotEmpty(files);
        var rooms = files.Select(file => RoomOf(file.Tree)).Where(room => room is not null).Distinct().ToList();
        Assert.Equal(MayUse.Keys.OrderBy(room => room), rooms.Where(room => room!.Length > 0).OrderBy(room => room));

        var parsingTypes = TypesDeclaredIn(files.Select(file => file.Tree), "Parsing");
        var problems = files.SelectMany(file => Problems(file.Path, file.Tree, parsingTypes)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheCheckFindsAUsingAQualifiedNameAndAParentTypeThatAreNotAllowed()
    {
        var parsing = Parse("namespace Dataset.Generator.Parsing;\ninternal sealed class LineMap { }\n");
        var parsingTypes = TypesDeclaredIn(new[] { parsing }, "Parsing");

        var usingEmitting = Parse("using Dataset.Generator.Emitting;\nnamespace Dataset.Generator.Parsing.Body;\nclass A { }\n");
        var qualified = Parse("namespace Dataset.Generator.Checks;\nclass B { int C() => Emitting.OutputFiles.Count; }\n");
        var global = Parse("namespace Dataset.Generator.Checks;\nclass B { object C() => new global::Dataset.Generator.Emitting.CodeWriter(); }\n");
        var parentType = Parse("namespace Dataset.Generator.Parsing.Numbers;\nclass D { LineMap? Lines; }\n");
        var allowed = Parse("using Dataset.Generator.Model;\nnamespace Dataset.Generator.Parsing.Numbers;\nclass E { Model.StatValueKind Kind; }\n");

        Assert.Contains("Emitting", Assert.Single(Problems("a.cs", usingEmitting, parsingTypes)));
        Assert.Contains("Emitting", Assert.Single(Problems("b.cs", qualified, parsingTypes)));
        Assert.Contains("Emitting", Assert.Single(Problems("c.cs", global, parsingTypes)));
        Assert.Contains("LineMap", Assert.Single(Problems("d.cs", parentType, parsingTypes)));
        Assert.Empty(Problems("e.cs", allowed, parsingTypes));
    }

    private static IEnumerable<(string Path, SyntaxTree Tree)> GeneratorSources()
    {
        var root = Path.Combine(RepositoryPaths.Root, "src", "Dataset.Generator");
        foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (!relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                yield return (relative, Parse(File.ReadAllText(path)));
            }
        }
    }

    private static SyntaxTree Parse(string text) => CSharpSyntaxTree.ParseText(text);

    /// <summary>The room of a file: its namespace under Dataset.Generator ("" for the generator's own, null for another).</summary>
    private static string? RoomOf(SyntaxTree tree)
    {
        var name = tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
        if (name == Generator)
        {
            return string.Empty;
        }

        return name is not null && name.StartsWith(Generator + ".", StringComparison.Ordinal) ? name.Substring(Generator.Length + 1) : null;
    }

    private static HashSet<string> TypesDeclaredIn(IEnumerable<SyntaxTree> trees, string room) =>
        trees.Where(tree => RoomOf(tree) == room)
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            .Select(type => type.Identifier.ValueText)
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Problems(string path, SyntaxTree tree, HashSet<string> parsingTypes)
    {
        var room = RoomOf(tree);
        if (room is null || room.Length == 0)
        {
            yield break;
        }

        var allowed = MayUse[room];
        var root = tree.GetRoot();
        foreach (var used in RoomsNamed(root).Distinct())
        {
            if (used != room && !allowed.Contains(used))
            {
                yield return $"{path}: {room} uses {used}, which its row in docs/architecture.md does not list";
            }
        }

        if (room == "Parsing.Numbers")
        {
            foreach (var name in root.DescendantNodes().OfType<IdentifierNameSyntax>().Select(name => name.Identifier.ValueText).Where(parsingTypes.Contains).Distinct())
            {
                yield return $"{path}: Parsing.Numbers uses {name} of the Parsing room around it";
            }
        }
    }

    /// <summary>
    /// The rooms a file names: by a using directive (<c>using Dataset.Generator.Emitting;</c>), or as the start of a
    /// qualified name (<c>Emitting.OutputFiles</c>, <c>Dataset.Generator.Emitting.X</c>, <c>global::...</c>).
    /// </summary>
    private static IEnumerable<string> RoomsNamed(SyntaxNode root)
    {
        foreach (var directive in root.DescendantNodes().OfType<UsingDirectiveSyntax>())
        {
            if (directive.Name?.ToString() is { } name && name.StartsWith(Generator + ".", StringComparison.Ordinal))
            {
                yield return LongestRoom(name.Substring(Generator.Length + 1));
            }
        }

        foreach (var node in root.DescendantNodes())
        {
            // The leftmost part of a dotted name in code: a qualified name or a member access on a simple name.
            string? dotted = node switch
            {
                QualifiedNameSyntax qualified when qualified.Parent is not QualifiedNameSyntax && qualified.Parent is not UsingDirectiveSyntax && qualified.Parent is not BaseNamespaceDeclarationSyntax => qualified.ToString(),
                AliasQualifiedNameSyntax alias when alias.Parent is not QualifiedNameSyntax && alias.Parent is not MemberAccessExpressionSyntax => alias.ToString(),
                MemberAccessExpressionSyntax access when access.Parent is not MemberAccessExpressionSyntax => access.ToString(),
                _ => null,
            };
            if (dotted is null)
            {
                continue;
            }

            var text = dotted.StartsWith("global::", StringComparison.Ordinal) ? dotted.Substring("global::".Length) : dotted;
            text = text.StartsWith(Generator + ".", StringComparison.Ordinal) ? text.Substring(Generator.Length + 1) : text;
            var first = text.Split('.')[0];
            if (MayUse.ContainsKey(first) || first == "Parsing")
            {
                yield return LongestRoom(text);
            }
        }
    }

    /// <summary>The longest room a dotted name starts with (<c>Parsing.Numbers.NumberReader</c> is in Parsing.Numbers).</summary>
    private static string LongestRoom(string dotted) =>
        MayUse.Keys.Where(room => dotted == room || dotted.StartsWith(room + ".", StringComparison.Ordinal)).OrderByDescending(room => room.Length).FirstOrDefault()
        ?? dotted.Split('.')[0];
}
