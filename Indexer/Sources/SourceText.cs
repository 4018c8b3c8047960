using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using SearchEngine.Indexing.Sources.Html;

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
    /// A file's text: in UTF-16 or UTF-8 when it starts with that byte-order mark; else in UTF-8 when the bytes are valid
    /// UTF-8; else in Windows-1252, which older pages in Western languages use (Latin-1 with curly quotes and dashes in
    /// 0x80-0x9F; browsers read Latin-1 labels as it too), so one stray byte loses no text. <paramref name="warning"/>
    /// then says so, for the build to report: the letters outside ASCII may be wrong.
    /// </summary>
    public static string Decode(byte[] bytes, out string? warning) => Decode(bytes, page: false, out warning);

    /// <summary>
    /// A web page's text: as <see cref="Decode(byte[], out string?)"/>, but bytes that are not valid UTF-8 are read in
    /// the encoding the page declares (<see cref="DeclaredCharset"/>), as a browser reads them. Valid UTF-8 stays UTF-8
    /// whatever the page declares: a browser that saves a page writes it in UTF-8 and leaves its meta as it was served,
    /// and text in another encoding is hardly ever valid UTF-8 by chance (each byte from 0xC2 must be followed by one
    /// in 0x80-0xBF: in Windows-1252, an accented capital followed by a symbol such as '©'). The exception is
    /// ISO-2022-JP, whose bytes are all 7-bit, and so valid UTF-8, and which switches to Japanese with an escape byte.
    /// </summary>
    public static string DecodePage(byte[] bytes, out string? warning) => Decode(bytes, page: true, out warning);

    private static string Decode(byte[] bytes, bool page, out string? warning)
    {
        warning = null;
        var span = bytes.AsSpan();
        if (Utf16(span) is { } utf16) return utf16.GetString(span[utf16.Preamble.Length..]);
        var bom = span.StartsWith(Encoding.UTF8.Preamble);
        var offset = bom ? Encoding.UTF8.Preamble.Length : 0;
        span = span[offset..];
        var invalid = FirstInvalidUtf8(span);
        var declared = page && !bom && (invalid is not null || span.Contains(Escape)) ? DeclaredCharset.Of(span) : null;
        if (declared is { CodePage: not Utf8CodePage } && (invalid is not null || SevenBit(declared))) return declared.GetString(span);
        if (invalid is not { } at) return Encoding.UTF8.GetString(span);
        var where = $"byte {offset + at:N0} is 0x{span[at]:X2}";
        if (bom || declared is not null)
        {
            // Said to be UTF-8: the bytes around a bad one are most likely UTF-8 too, as a browser reads them.
            warning = $"not valid UTF-8 though it says it is ({where}); each bad byte read as \uFFFD, so some letters are lost";
            return Encoding.UTF8.GetString(span);
        }
        warning = $"not valid UTF-8 ({where}); read as Windows-1252, so letters outside ASCII may be wrong";
        return EncodingLabel.Windows1252.GetString(span);
    }

    private const byte Escape = 0x1B;

    private const int Utf8CodePage = 65001;

    /// <summary>The ISO-2022-JP code pages .NET has, whose text is 7-bit.</summary>
    private static bool SevenBit(Encoding encoding) => encoding.CodePage is 50220 or 50221 or 50222;

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
