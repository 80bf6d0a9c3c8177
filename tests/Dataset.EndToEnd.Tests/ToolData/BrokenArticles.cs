namespace Dataset.EndToEnd.Tests.ToolData;

/// <summary>
/// Articles with every kind of problem: in one file (front matter, annotations, a contradicting value: a warning)
/// and across files (the same article id, one person with two names, one quote and one statistic member twice).
/// </summary>
internal static class BrokenArticles
{
    public const string First = """
        ---
        id: Talks
        title: Talks
        source: Agence France-Presse
        published: 2015-09-30
        people:
          Kerry: { name: John Kerry, role: US Secretary of State }
        ---

        "[We agreed]{.quote #Kerry.Agreed}," [Kerry]{.person ref=Kerry} said.

        An [unclosed span.

        "[Hi]{.quote #Kery.Hi}," said [Kerry]{.persn ref=Kerry}.

        Russian jets flew [20]{.stat #War.Sorties value=21} sorties.

        """;

    public const string SameId = """
        ---
        id: Talks
        title: More talks
        source: Reuters
        published: 2015-10-01
        ---

        Nothing to see.

        """;

    public const string Conflicting = """
        ---
        id: OtherTalks
        title: Other talks
        source: Reuters
        published: 2015-10-02
        people:
          Kerry: { name: John F. Kerry }
        ---

        "[We agreed again]{.quote #Kerry.Agreed}," he said, after [five]{.stat #War.Sorties} sorties.

        """;
}
