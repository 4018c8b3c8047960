using System.Buffers.Binary;
using System.IO.Compression;

namespace SearchEngine.Indexing.Sources;

/// <summary>
/// Whether a gzip file is whole. GZipStream ends quietly where a cut-off file's data ends, even when the cut falls at a
/// line's end and every line read parses, so the file's last bytes are checked: a gzip member ends with the size of
/// what it holds (mod 2^32), which a file cut short does not.
/// </summary>
internal static class GzipEnd
{
    /// <summary>Header (10 bytes), an empty deflate block (2) and the trailer (8): no gzip member is shorter.</summary>
    private const int ShortestMember = 20;

    private static readonly byte[] MemberStart = [0x1f, 0x8b, 0x08];

    /// <param name="decompressed">What the whole file decompressed to.</param>
    public static bool IsCutOff(string path, long decompressed)
    {
        try
        {
            using var file = File.OpenRead(path);
            if (file.Length < ShortestMember) return true;
            var lastMemberSize = LastFourBytes(file);
            return lastMemberSize != (uint)decompressed && !EndsWithWholeMember(file, lastMemberSize);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static uint LastFourBytes(FileStream file)
    {
        file.Seek(-4, SeekOrigin.End);
        Span<byte> size = stackalloc byte[4];
        file.ReadExactly(size);
        return BinaryPrimitives.ReadUInt32LittleEndian(size);
    }

    /// <summary>
    /// Several members joined (bgzip, <c>cat a.gz b.gz</c>) end with the last member's size only. The file is whole when a
    /// member starting nearer the end inflates cleanly, to its end, to exactly that size; the start bytes found by chance
    /// inside compressed data do not.
    /// </summary>
    private static bool EndsWithWholeMember(FileStream file, uint size)
    {
        foreach (var start in MemberStartsFromTheEnd(file))
        {
            file.Position = start;
            try
            {
                using var member = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
                long produced = 0;
                var buffer = new byte[81920];
                for (int n; (n = member.Read(buffer)) > 0;) produced += n;
                // zlib checks each whole member's size and checksum, so a false start fails above; a true one that reads
                // to the end without a fault is the last member, whole only if it holds what the trailer states.
                return (uint)produced == size;
            }
            catch (InvalidDataException)
            {
                // Not a member's start after all: keep looking further back.
            }
        }
        return false;
    }

    /// <summary>Offsets of the gzip start bytes in the file, last first, leaving room for at least the shortest member after each.</summary>
    private static IEnumerable<long> MemberStartsFromTheEnd(FileStream file)
    {
        const int chunk = 65536;
        var buffer = new byte[chunk + MemberStart.Length - 1];
        var end = file.Length - ShortestMember + MemberStart.Length;
        while (end > 0)
        {
            var from = Math.Max(0, end - chunk);
            var length = (int)(Math.Min(file.Length, end + MemberStart.Length - 1) - from);
            file.Position = from;
            file.ReadExactly(buffer.AsSpan(0, length));
            for (var i = (int)(end - from) - 1; i >= 0; i--)
                if (buffer.AsSpan(i, length - i).StartsWith(MemberStart))
                    yield return from + i;
            end = from;
        }
    }
}
