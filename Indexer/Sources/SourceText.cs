using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace SearchEngine.Indexing.Sources;

/// <summary>Decoding and hashing of source bytes, shared by the readers.</summary>
public static class SourceText
{
    /// <summary>A NUL byte in the first 8 KB marks a binary file: no article text has one, except text in UTF-16, which says so with its byte-order mark.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes) =>
        Utf16(bytes) is null && bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);

    /// <summary>UTF-16 little- or big-endian when the bytes start with its byte-order mark; null otherwise.</summary>
    private static Encoding? Utf16(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Encoding.Unicode.Preamble) ? Encoding.Unicode
        : bytes.StartsWith(Encoding.BigEndianUnicode.Preamble) ? Encoding.BigEndianUnicode
        : null;

    /// <summary>
    /// UTF-16 with its byte-order mark; else UTF-8 (with or without BOM); bytes that are not valid UTF-8 are read as
    /// Latin-1, which older pages use, so one stray byte loses no text. <paramref name="warning"/> then says so, for the
    /// build to report: the letters outside ASCII may be wrong.
    /// </summary>
    public static string Decode(byte[] bytes, out string? warning)
    {
        warning = null;
        var span = bytes.AsSpan();
        if (Utf16(span) is { } utf16) return utf16.GetString(span[utf16.Preamble.Length..]);
        var offset = 0;
        if (span.StartsWith(Encoding.UTF8.Preamble)) offset = Encoding.UTF8.Preamble.Length;
        span = span[offset..];
        if (FirstInvalidUtf8(span) is not { } invalid) return Encoding.UTF8.GetString(span);
        warning = $"not valid UTF-8 (byte {offset + invalid:N0} is 0x{span[invalid]:X2}); read as Latin-1, so letters outside ASCII may be wrong";
        return Encoding.Latin1.GetString(span);
    }

    /// <summary>Where the first byte that is not part of valid UTF-8 is; null when all are.</summary>
    public static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[1024];
        var at = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[at..], chars, out var read, out _, replaceInvalidSequences: false);
            at += read;
            if (status == OperationStatus.Done) return null;
            if (status != OperationStatus.DestinationTooSmall) return at;
        }
    }

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    public static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));
}
