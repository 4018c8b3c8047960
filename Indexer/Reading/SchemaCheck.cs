using System.Globalization;
using Lucene.Net.Index;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Sources;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing.Reading;

/// <summary>Readers and updates refuse an index written under another schema version: its fields mean other things.</summary>
public static class SchemaCheck
{
    /// <exception cref="IndexUnusableException">The reader's commit records another schema version, or none.</exception>
    public static void Require(DirectoryReader reader, string root) => Require(reader.IndexCommit.UserData, root);

    /// <exception cref="IndexUnusableException">The directory's last commit records another schema version, or none.</exception>
    public static void Require(LuceneDirectory directory, string root) => Require(IndexCommitData.Of(directory), root);

    /// <summary>Whether the directory's last commit records this program's schema version.</summary>
    public static bool IsCurrent(LuceneDirectory directory) => RecordedVersion(IndexCommitData.Of(directory)) == CurrentVersion;

    private static string CurrentVersion => ArticleSchema.SchemaVersion.ToString(CultureInfo.InvariantCulture);

    private static string RecordedVersion(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(ArticleSchema.CommitSchemaVersion, out var version) ? version : "none";

    private static void Require(IDictionary<string, string> commitData, string root)
    {
        var version = RecordedVersion(commitData);
        if (version == CurrentVersion) return;
        // An index of another schema may record its sources in another form too: then the hint just lacks them.
        IReadOnlyList<string>? sources;
        try
        {
            sources = SourceSet.Parse(commitData.TryGetValue(ArticleSchema.CommitSources, out var text) ? text : null)?.Paths;
        }
        catch (System.Text.Json.JsonException)
        {
            sources = null;
        }
        throw IndexUnusableException.OtherSchema(root, version, ArticleSchema.SchemaVersion, sources);
    }
}
