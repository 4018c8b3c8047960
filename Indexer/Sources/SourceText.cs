using System.Security.Cryptography;
using System.Text;

namespace SearchEngine.Indexing.Sources;

/// <summary>Decoding and hashing of source bytes, shared by the readers.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A NUL byte in the first 8 KB marks a binary file: no article text has one.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);

    /// <summary>UTF-8 (with or without BOM); bytes that are not valid UTF-8 are read as Latin-1, which older pages use, so one stray byte loses no text.</summary>
    public static string Decode(byte[] bytes, out bool wasLatin1)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];
        try
        {
            wasLatin1 = false;
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            wasLatin1 = true;
            return Encoding.Latin1.GetString(span);
        }
    }

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    public static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));
}
