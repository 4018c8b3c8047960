using System.Security.Cryptography;
using System.Text;

namespace SearchEngine.Indexing.Sources;

/// <summary>Decoding and hashing of source bytes, shared by the readers.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A NUL byte in the first 8 KB marks a binary file: no article text has one, except text in UTF-16, which says so with its byte-order mark.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes) =>
        Utf16(bytes) is null && bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);

    /// <summary>UTF-16 little- or big-endian when the bytes start with its byte-order mark; null otherwise.</summary>
    private static Encoding? Utf16(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Encoding.Unicode.Preamble) ? Encoding.Unicode
        : bytes.StartsWith(Encoding.BigEndianUnicode.Preamble) ? Encoding.BigEndianUnicode
        : null;

    /// <summary>UTF-16 with its byte-order mark; else UTF-8 (with or without BOM); bytes that are not valid UTF-8 are read as Latin-1, which older pages use, so one stray byte loses no text.</summary>
    public static string Decode(byte[] bytes, out bool wasLatin1)
    {
        var span = bytes.AsSpan();
        if (Utf16(span) is { } utf16)
        {
            wasLatin1 = false;
            return utf16.GetString(span[utf16.Preamble.Length..]);
        }
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
