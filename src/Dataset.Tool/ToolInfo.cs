using System.Reflection;

namespace Dataset.Tool;

/// <summary>What the tool says about itself: its version (the package version it was packed with).</summary>
internal static class ToolInfo
{
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
