using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator;

/// <summary>
/// Reads the dataset libraries a compilation references: each referenced assembly that references the Dataset runtime
/// and carries <c>[assembly: Dataset.Storage.DatasetLibraryAttribute(...)]</c>, in the order of the references. Only
/// metadata is read (the attribute's arguments), at compile time; the result is a small equatable model, so a C# edit,
/// which makes a new compilation over the same references, leaves every step after it cached.
/// </summary>
internal static class LibraryReferences
{
    /// <summary>The runtime assembly's name, which every dataset library references.</summary>
    public const string RuntimeAssembly = "Dataset";

    /// <summary>The attribute's namespace and name (<c>src/Dataset/Storage/DatasetLibraryAttribute.cs</c>).</summary>
    public const string AttributeNamespace = "Dataset.Storage";

    public const string AttributeName = "DatasetLibraryAttribute";

    public static ReferencedLibraries Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var libraries = new List<LibraryModel>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Most references are the framework's: the list of what an assembly references is read without decoding
            // any attribute.
            if (!assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name == RuntimeAssembly)))
            {
                continue;
            }

            foreach (var attribute in assembly.GetAttributes())
            {
                if (Read(assembly, attribute) is { } library)
                {
                    libraries.Add(library);
                    break;
                }
            }
        }

        return new ReferencedLibraries(compilation.AssemblyName ?? string.Empty, libraries.ToEquatableArray());
    }

    /// <summary>The library <paramref name="attribute"/> describes; null when it is not a well-formed dataset-library attribute naming a public class.</summary>
    private static LibraryModel? Read(IAssemblySymbol assembly, AttributeData attribute)
    {
        if (attribute.AttributeClass is not { Name: AttributeName } type
            || type.ContainingNamespace?.ToDisplayString() != AttributeNamespace
            || attribute.ConstructorArguments.Length != 1
            || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public } articles
            || articles.TypeKind == TypeKind.Error)
        {
            return null;
        }

        var named = attribute.NamedArguments.ToDictionary(argument => argument.Key, argument => argument.Value.Value);
        int Int(string name) => named.TryGetValue(name, out var value) && value is int number ? number : 0;
        var ns = articles.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
        return new LibraryModel(
            assembly.Identity.Name,
            ns,
            Int("FormatVersion"),
            Int("ArticleCount"),
            Int("QuoteCount"),
            Int("StatisticCount"),
            Int("PersonCount"),
            Int("OrganizationCount"),
            Int("PlaceCount"),
            LibraryEntity.Decode(named.TryGetValue("Entities", out var entities) ? entities as string : null));
    }
}
