namespace Dataset.Generator.Model;

/// <summary>
/// One pair of the compiler's <c>PathMap</c>: a path that starts with <see cref="Prefix"/> is written with
/// <see cref="Replacement"/> instead. Both end with a directory separator, as the compiler makes them.
/// </summary>
internal readonly record struct PathMapping(string Prefix, string Replacement);
