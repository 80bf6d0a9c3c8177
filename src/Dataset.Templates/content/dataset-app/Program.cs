using System;
using DatasetApp1;
using DatasetLibrary1;

// The dataset of the referenced library: its example article, data/harbour-library-opens.md.
Console.WriteLine($"Articles: {Articles.All.Count}");
Console.WriteLine($"Quote: {Quotes.Ruiz.ShortWalk.Text}");
Console.WriteLine($"Speaker: {Quotes.Ruiz.ShortWalk.Speaker.Name}");
Console.WriteLine($"Books: {Stats.Library.Books}");

// DatasetCatalog (generated in this app's namespace): the lists over every dataset library the app references.
Console.WriteLine($"Quotes in every library: {DatasetCatalog.Quotes.Count}");
