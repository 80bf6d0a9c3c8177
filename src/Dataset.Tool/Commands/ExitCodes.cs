namespace Dataset.Tool.Commands;

/// <summary>The process exit codes: as a compiler's, 1 means the articles have errors.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The articles have errors (warnings alone do not count).</summary>
    public const int ArticleErrors = 1;

    /// <summary>The command line names no article, or the command cannot do what it is asked (an existing file, say).</summary>
    public const int UsageError = 2;
}
