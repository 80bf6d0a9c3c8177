using System.Reflection;
using System.Text;
using CsCheck;

namespace Dataset.Generator.Tests;

/// <summary>
/// The base 85 of packed blocks (DataFormat): what the generator encodes, the runtime decodes to the same bytes, for
/// every length (a short last group included) and every byte; what is not base 85 is refused, never misread.
/// </summary>
public sealed class Base85Tests
{
    // Base85 is compiled into both the generator and the runtime: the generator's copy encodes, the runtime's decodes.
    private static readonly MethodInfo EncodeMethod = typeof(DatasetGenerator).Assembly.GetType("Dataset.Storage.Base85", true)!.GetMethod("Encode", [typeof(byte[])])!;
    private static readonly DecodeSymbols DecodeMethod = typeof(global::Dataset.Quote).Assembly.GetType("Dataset.Storage.Base85", true)!.GetMethod("Decode")!.CreateDelegate<DecodeSymbols>();

    private delegate byte[]? DecodeSymbols(ReadOnlySpan<byte> text, int start, int end);

    [Fact]
    public void EveryByteStringRoundTrips()
    {
        Gen.OneOf(Gen.Byte.Array[0, 64], Gen.Const((byte)0xFF).Array[0, 9], Gen.Const((byte)0).Array[0, 9])
            .Sample(bytes =>
            {
                var text = Encode(bytes);
                Assert.Equal((bytes.Length / 4 * 5) + (bytes.Length % 4 == 0 ? 0 : (bytes.Length % 4) + 1), text.Length);
                Assert.DoesNotContain('"', text);
                Assert.DoesNotContain('\\', text);
                Assert.Equal(bytes, Decode(text));
            }, iter: 10_000);
    }

    [Theory]
    [InlineData("0")]           // a last group of one symbol spells no byte
    [InlineData("000000")]
    [InlineData("0000\"")]      // outside the alphabet
    [InlineData("00 00")]
    [InlineData("#####")]       // 85^5 - 1 is over 32 bits
    [InlineData("01")]          // rounds to the byte 0, whose symbols are "00"
    public void WhatIsNotBase85IsRefused(string text) => Assert.Null(Decode(text));

    [Fact]
    public void DecodingStartsAndEndsWhereItIsTold()
    {
        var bytes = new byte[] { 1, 2, 3, 4, 5, 6 };
        var text = Encoding.ASCII.GetBytes("DS31" + Encode(bytes) + "DS50");
        Assert.Equal(bytes, DecodeMethod(text, 4, text.Length - 4));
    }

    private static string Encode(byte[] bytes) => (string)EncodeMethod.Invoke(null, [bytes])!;

    private static byte[]? Decode(string text) => DecodeMethod(Encoding.ASCII.GetBytes(text), 0, text.Length);
}
