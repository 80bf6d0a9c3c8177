namespace Dataset.Generator.Model;

/// <summary>What emitting one article depends on: the article and the members it must leave out.</summary>
internal sealed record ArticleEmitInput(ArticleModel Article, EquatableArray<Skip> Skips);
