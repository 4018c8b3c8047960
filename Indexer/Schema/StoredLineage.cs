using System.Globalization;
using System.Text;
using Lucene.Net.Util;
using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Indexing.Schema;

/// <summary>
/// An article's sources as the <see cref="ArticleSchema.Lineage"/> doc value holds them: one line per source, the share
/// in thousandths, a tab, then the source's id (ids never hold a line break: they name files and lines). Empty when the
/// article was derived from nothing, as most are.
/// </summary>
public static class StoredLineage
{
    public static string Encode(IReadOnlyList<StorySource> sources) =>
        string.Concat(sources.Select(s => $"{Math.Round(s.Share * 1000).ToString(CultureInfo.InvariantCulture)}\t{s.Source}\n"));

    public static byte[] ToBytes(string encoded) => Encoding.UTF8.GetBytes(encoded);

    public static string FromBytes(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    public static IReadOnlyList<StorySource> Decode(BytesRef bytes) => Decode(FromBytes(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)));

    public static IReadOnlyList<StorySource> Decode(string encoded) =>
    [
        .. encoded.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var tab = line.IndexOf('\t');
            return new StorySource(line[(tab + 1)..], int.Parse(line.AsSpan(0, tab), CultureInfo.InvariantCulture) / 1000.0);
        }),
    ];
}
