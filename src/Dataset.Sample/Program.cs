using System;
using System.Globalization;
using System.Linq;
using Dataset;
using Dataset.Sample;

// Everything below is generated from data/*.md at compile time: no strings name a quote or a number.
const int against = Stats.LevadaPoll.Against;

foreach (var article in Articles.All)
{
    Console.WriteLine($"{article.Title}");
    Console.WriteLine($"  {article.Source}, {article.Dateline}, {article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
    Console.WriteLine($"  {article.Paragraphs.Count} paragraphs, {article.Quotes.Count} quotes, {article.Stats.Count} statistics, {article.Mentions.Count} mentions");
    Console.WriteLine();
}

Quote deconfliction = Quotes.Kerry.Deconfliction;
Console.WriteLine($"{deconfliction.Speaker.Name} ({deconfliction.Speaker.Role}) in \"{deconfliction.Article.Title}\":");
Console.WriteLine($"  \u201C{deconfliction.Text}\u201D");
Console.WriteLine();

Console.WriteLine("Quotes:");
foreach (var quote in Quotes.All)
{
    Console.WriteLine($"  {quote.Speaker.Name}: \u201C{quote.Text}\u201D");
}

Console.WriteLine();
Console.WriteLine("Statistics:");
foreach (var stat in Stats.All)
{
    var qualifier = stat.Qualifier == StatQualifier.Exact ? string.Empty : $" ({stat.Qualifier})";
    Console.WriteLine($"  {stat.Group}.{stat.Key} = {stat}{qualifier}: \"{stat.Text}\"");
}

Console.WriteLine();
Console.WriteLine($"People: {string.Join(", ", People.All.Select(person => person.Name))}");
Console.WriteLine($"Levada Centre poll: {against} percent against, {Stats.LevadaPoll.InFavour} percent in favour.");
