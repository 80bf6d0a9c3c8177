namespace Dataset;

/// <summary>Hash combining for netstandard2.0, which has no <c>System.HashCode</c>.</summary>
internal static class HashCodes
{
    public static int Combine(int a, int b) => unchecked((a * 31) + b);

    public static int Combine(int a, int b, int c) => Combine(Combine(a, b), c);

    public static int Combine(int a, int b, int c, int d) => Combine(Combine(a, b, c), d);
}
