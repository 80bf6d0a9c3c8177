using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Threading;
using Dataset.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator;

/// <summary>
/// Reads whether a reference is a dataset library: an assembly that references the Dataset runtime and carries
/// <c>[assembly: Dataset.Storage.DatasetLibraryAttribute(...)]</c>. Only metadata is read (the attribute's blob), at
/// compile time, one reference at a time: the generator reads the references themselves, not the compilation, so a
/// C# edit (a new compilation over the same references) leaves this step and every step after it cached.
/// </summary>
internal static class LibraryReferences
{
    /// <summary>The runtime assembly's name, which every dataset library references.</summary>
    public const string RuntimeAssembly = "Dataset";

    /// <summary>The attribute's namespace and name (<c>src/Dataset/Storage/DatasetLibraryAttribute.cs</c>).</summary>
    public const string AttributeNamespace = "Dataset.Storage";

    public const string AttributeName = "DatasetLibraryAttribute";

    /// <summary>The generated catalog's class, which a library that references dataset libraries has in its namespace.</summary>
    public const string CatalogClass = "DatasetCatalog";

    // The serialization codes of the attribute's named arguments (ECMA-335 II.23.3).
    private const byte PropertyArgument = 0x54;
    private const byte Int32Code = 0x08;
    private const byte StringCode = 0x0E;

    /// <summary>The library <paramref name="reference"/> is; null when it is none, or its metadata cannot be read.</summary>
    public static LibraryModel? Read(MetadataReference reference, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return reference switch
            {
                PortableExecutableReference file when file.GetMetadata() is AssemblyMetadata metadata => Read(metadata.GetModules()[0].GetMetadataReader()),

                // The IDE may hand a project's reference to another project of the solution as that project's compilation.
                CompilationReference project => Read(project.Compilation.Assembly),
                _ => null,
            };
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException or InvalidOperationException or ArgumentException)
        {
            // Not a readable assembly: the compiler reports it; it is no dataset library.
            return null;
        }
    }

    private static LibraryModel? Read(MetadataReader reader)
    {
        // Most references are the framework's: the names of what an assembly references are read without any attribute.
        if (!reader.IsAssembly || !reader.AssemblyReferences.Any(handle => reader.StringComparer.Equals(reader.GetAssemblyReference(handle).Name, RuntimeAssembly)))
        {
            return null;
        }

        var assembly = reader.GetAssemblyDefinition();
        foreach (var handle in assembly.GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (IsLibraryAttribute(reader, attribute.Constructor))
            {
                return Decode(reader, reader.GetString(assembly.Name), reader.GetBlobReader(attribute.Value));
            }
        }

        return null;
    }

    private static bool IsLibraryAttribute(MetadataReader reader, EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.StringComparer.Equals(type.Name, AttributeName) && reader.StringComparer.Equals(type.Namespace, AttributeNamespace);
    }

    /// <summary>The attribute's value: the <c>Articles</c> type (a public type of the library), then the named arguments; null for any other shape.</summary>
    private static LibraryModel? Decode(MetadataReader reader, string assemblyName, BlobReader blob)
    {
        if (blob.ReadUInt16() != 1 || blob.ReadSerializedString() is not { } typeName)
        {
            return null;
        }

        // A type of the attribute's own assembly is written without the assembly: "News.Y2015.Articles".
        var fullName = typeName.Split(',')[0].Trim();
        var dot = fullName.LastIndexOf('.');
        var ns = dot < 0 ? string.Empty : fullName.Substring(0, dot);
        if (!IsPublicType(reader, ns, fullName.Substring(dot + 1)))
        {
            return null;
        }

        int version = 0, articles = 0, quotes = 0, statistics = 0, people = 0, organizations = 0, places = 0;
        string? entities = null;
        var count = blob.ReadUInt16();
        for (var i = 0; i < count; i++)
        {
            if (blob.ReadByte() != PropertyArgument)
            {
                return null;
            }

            var code = blob.ReadByte();
            var name = blob.ReadSerializedString();
            if (code == StringCode)
            {
                var text = blob.ReadSerializedString();
                if (name == "Entities")
                {
                    entities = text;
                }

                continue;
            }

            if (code != Int32Code)
            {
                return null;
            }

            var value = blob.ReadInt32();
            switch (name)
            {
                case "FormatVersion": version = value; break;
                case "ArticleCount": articles = value; break;
                case "QuoteCount": quotes = value; break;
                case "StatisticCount": statistics = value; break;
                case "PersonCount": people = value; break;
                case "OrganizationCount": organizations = value; break;
                case "PlaceCount": places = value; break;
            }
        }

        var hasCatalog = IsPublicType(reader, ns, CatalogClass);
        return new LibraryModel(assemblyName, ns, version, articles, quotes, statistics, people, organizations, places, LibraryEntity.Decode(entities), hasCatalog);
    }

    private static bool IsPublicType(MetadataReader reader, string ns, string name)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (reader.StringComparer.Equals(type.Name, name) && reader.StringComparer.Equals(type.Namespace, ns))
            {
                return (type.Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public;
            }
        }

        return false;
    }

    /// <summary>The same, from the symbols of a referenced project's compilation.</summary>
    private static LibraryModel? Read(IAssemblySymbol assembly)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: AttributeName } type
                || type.ContainingNamespace?.ToDisplayString() != AttributeNamespace
                || attribute.ConstructorArguments.Length != 1
                || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public, TypeKind: not TypeKind.Error } articles)
            {
                continue;
            }

            var named = attribute.NamedArguments.ToDictionary(argument => argument.Key, argument => argument.Value.Value);
            int Int(string name) => named.TryGetValue(name, out var value) && value is int number ? number : 0;
            var ns = articles.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
            var catalog = assembly.GetTypeByMetadataName(ns.Length == 0 ? CatalogClass : ns + "." + CatalogClass);
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
                LibraryEntity.Decode(named.TryGetValue("Entities", out var entities) ? entities as string : null),
                catalog is { DeclaredAccessibility: Accessibility.Public });
        }

        return null;
    }
}
