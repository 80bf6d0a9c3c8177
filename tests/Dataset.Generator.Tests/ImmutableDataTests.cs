using System.Collections;
using System.Reflection;
using Dataset.Generator.Tests.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>
/// The runtime data cannot be changed: every list the dataset hands out refuses every way of writing to it, and
/// nothing outside the runtime can construct its types (only the decoder, in the same assembly, does).
/// </summary>
public sealed class ImmutableDataTests
{
    [Fact]
    public void EveryExposedListRefusesEveryMutation()
    {
        var data = SeedDataset();
        var lists = ExposedLists(data);
        Assert.Contains(lists, list => list.Name == "Article.Paragraphs");
        Assert.Contains(lists, list => list.Name == "Organization.Mentions");
        Assert.Contains(lists, list => list.Name == "Place.Mentions");
        foreach (var (name, list) in lists)
        {
            var before = list.Cast<object?>().ToList();
            Assert.True(before.Count > 0, name + " is empty in the seed, so writing to it proves nothing");
            AssertRefusesMutation(name, list);
            Assert.Equal(before, list.Cast<object?>().ToList());
        }

        // The dataset still hands out the same, unchanged objects.
        Assert.Equal(Describe(SeedDataset()), Describe(data));
    }

    [Fact]
    public void AnEmptyListRefusesMutationToo()
    {
        var text = "---\ntitle: Quiet\nsource: Wire\npublished: 2020-01-01\n---\nNothing was said.\n";
        var run = GeneratorHarness.Run([GeneratorHarness.Article("quiet.md", text)]);
        var data = GeneratedCode.Read(run.Driver.GetRunResult()).Decode();
        var article = Assert.Single(data.Articles);
        AssertRefusesMutation("Article.Quotes", article.Quotes);
        AssertRefusesMutation("Stats.All", data.Stats);
        AssertRefusesMutation("People.All", data.People);
    }

    [Fact]
    public void NoRuntimeTypeCanBeConstructedOrDerivedFromOutsideTheRuntime()
    {
        var runtime = typeof(global::Dataset.Article).Assembly;

        // What generated code creates: the decoder of a dataset, and a catalog's lists, sources and their descriptions
        // (a library's name and counts, and the attribute a library carries). None of them is a record of the data.
        Type[] generatedCodeCreates =
        [
            typeof(global::Dataset.Storage.EncodedDataset),
            typeof(global::Dataset.Storage.EncodedCatalog),
            typeof(global::Dataset.Storage.CatalogSource),
            typeof(global::Dataset.Storage.DatasetLibraryAttribute),
            typeof(global::Dataset.DatasetLibrary),
        ];
        var constructors = runtime.GetExportedTypes()
            .Where(type => !generatedCodeCreates.Contains(type) && !type.IsSubclassOf(typeof(Delegate)))
            .SelectMany(type => type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(constructor => constructor.IsPublic || constructor.IsFamily || constructor.IsFamilyOrAssembly)
            .Select(constructor => constructor.DeclaringType!.Name + constructor)
            .ToList();

        Assert.Empty(constructors);
        Assert.Contains(runtime.GetExportedTypes(), type => type == typeof(global::Dataset.Entity));
    }

    /// <summary>Writes to <paramref name="list"/> every way the interfaces and casts allow; each must fail.</summary>
    private static void AssertRefusesMutation(string name, IEnumerable list)
    {
        var type = list.GetType();
        Assert.False(type.IsArray, name + " is an array");
        var element = type.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)).GetGenericArguments()[0];
        Assert.False(typeof(Array).IsAssignableFrom(type), name + " can be cast to an array");
        Assert.False(typeof(List<>).MakeGenericType(element).IsAssignableFrom(type), name + " can be cast to List<T>");
        var count = list.Cast<object?>().Count();
        var item = count > 0 ? list.Cast<object?>().First() : null;

        // The generic IList<T> and ICollection<T>, through reflection because T is the list's element type.
        var collection = typeof(ICollection<>).MakeGenericType(element);
        if (collection.IsInstanceOfType(list))
        {
            Assert.True((bool)collection.GetProperty("IsReadOnly")!.GetValue(list)!, name + " says it is writable");
            Refused(name + ".Add", () => collection.GetMethod("Add")!.Invoke(list, [item]));
            Refused(name + ".Clear", () => collection.GetMethod("Clear")!.Invoke(list, null));
            Refused(name + ".Remove", () => collection.GetMethod("Remove")!.Invoke(list, [item]));
        }

        var genericList = typeof(IList<>).MakeGenericType(element);
        if (genericList.IsInstanceOfType(list))
        {
            Refused(name + ".Insert", () => genericList.GetMethod("Insert")!.Invoke(list, [0, item]));
            Refused(name + ".RemoveAt", () => genericList.GetMethod("RemoveAt")!.Invoke(list, [0]));
            Refused(name + "[0] =", () => genericList.GetProperty("Item")!.SetValue(list, item, [0]));
        }

        // The non-generic IList.
        if (list is IList plain)
        {
            Assert.True(plain.IsReadOnly, name + " says it is writable");
            Refused(name + " (IList).Add", () => plain.Add(item));
            Refused(name + " (IList).Clear", plain.Clear);
            Refused(name + " (IList)[0] =", () => plain[0] = item);
            Refused(name + " (IList).Insert", () => plain.Insert(0, item));
            Refused(name + " (IList).RemoveAt", () => plain.RemoveAt(0));
        }

        Assert.Equal(count, list.Cast<object?>().Count());
    }

    /// <summary>Runs a write; it must throw (NotSupportedException, unwrapped from reflection), never succeed.</summary>
    private static void Refused(string what, Action write)
    {
        var exception = Record.Exception(write);
        Assert.True(exception is not null, what + " succeeded");
        var inner = exception is TargetInvocationException { InnerException: { } cause } ? cause : exception;
        Assert.True(inner is NotSupportedException, what + " threw " + inner.GetType().Name + " instead of NotSupportedException");
    }

    /// <summary>Every list the dataset exposes, named by where it comes from.</summary>
    private static List<(string Name, IEnumerable List)> ExposedLists(global::Dataset.Storage.EncodedDataset data)
    {
        var lists = new List<(string, IEnumerable)>
        {
            ("Articles.All", data.Articles),
            ("Quotes.All", data.Quotes),
            ("Stats.All", data.Stats),
            ("People.All", data.People),
            ("Organizations.All", data.Organizations),
            ("Places.All", data.Places),
        };
        foreach (var article in data.Articles)
        {
            lists.Add(("Article.Paragraphs", article.Paragraphs));
            lists.Add(("Article.Quotes", article.Quotes));
            lists.Add(("Article.Stats", article.Stats));
            lists.Add(("Article.Mentions", article.Mentions));
        }

        // Entities with something to list (the seed's people include some who are only mentioned).
        foreach (var person in data.People.Where(person => person.Quotes.Count > 0))
        {
            lists.Add(("Person.Quotes", person.Quotes));
        }

        foreach (var entity in data.People.Cast<global::Dataset.Entity>().Concat(data.Organizations).Concat(data.Places).Where(entity => entity.Mentions.Count > 0))
        {
            lists.Add((entity.GetType().Name + ".Mentions", entity.Mentions));
        }

        return lists;
    }

    private static string Describe(global::Dataset.Storage.EncodedDataset data) =>
        string.Join("\n", ExposedLists(data).Select(list => list.Name + ": " + string.Join(" | ", list.List.Cast<object?>())));

    private static global::Dataset.Storage.EncodedDataset SeedDataset()
    {
        var seed = File.ReadAllText(Path.Combine(RepositoryPaths.Data, "russia-us-syria-talks.md"));
        var run = GeneratorHarness.Run([GeneratorHarness.Article("russia-us-syria-talks.md", seed)]);
        Assert.Empty(run.GeneratorDiagnostics);
        return GeneratedCode.Read(run.Driver.GetRunResult()).Decode();
    }
}
