using Dataset.Tool.Commands;

namespace Dataset.Tool;

internal static class Program
{
    public static int Main(string[] args) => DatasetCommand.Create().Parse(args).Invoke();
}
