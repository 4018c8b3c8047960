using System.Globalization;
using Lucene.Net.Index;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search;

namespace SearchEngine.Tests.Support;

/// <summary>A real index in a temporary folder, laid out by IndexStore, built from articles a test constructs.</summary>
public sealed class TestIndex : IDisposable
{
    private readonly TempFolder _folder = new();
    private IReadOnlyList<FacetDimension> _facetDimensions = ArticleSchema.FacetDimensions;

    /// <summary>The index folder, as users pass it to --index.</summary>
    public string Root => _folder.Path;

    /// <summary>One segment holding every article.</summary>
    public static TestIndex Build(params Article[] articles) => BuildSegments([articles]);

    /// <summary>
    /// One segment per batch (merging is off, so they stay apart), then the articles with
    /// <paramref name="deletedIds"/> are deleted, leaving their values in the segments' doc values.
    /// </summary>
    public static TestIndex BuildSegments(IEnumerable<IEnumerable<Article>> segments, IEnumerable<string>? deletedIds = null)
    {
        var index = new TestIndex();
        index.Publish(segments, deletedIds ?? []);
        return index;
    }

    /// <summary>One segment holding every article, written with the facet dimensions a test declares instead of the schema's.</summary>
    public static TestIndex BuildWith(IReadOnlyList<FacetDimension> facetDimensions, params Article[] articles)
    {
        var index = new TestIndex { _facetDimensions = facetDimensions };
        index.Publish([articles], []);
        return index;
    }

    /// <summary>Replaces the whole index with a new generation of <paramref name="articles"/>, as a full rebuild does.</summary>
    public void Rebuild(params Article[] articles) => Publish([articles], []);

    private void Publish(IEnumerable<IEnumerable<Article>> segments, IEnumerable<string> deletedIds)
    {
        var store = new IndexStore(Root);
        var generation = store.CreateGeneration();
        using (var analyzer = ArticleSchema.CreateAnalyzer())
        using (var directory = IndexStore.OpenDirectory(generation))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArticleSchema.Version, analyzer)
               {
                   MergePolicy = NoMergePolicy.COMPOUND_FILES,
               }))
        {
            var mapper = new DocumentMapper(_facetDimensions);
            foreach (var segment in segments)
            {
                foreach (var article in segment) writer.AddDocument(mapper.Map(article));
                writer.Commit();
            }
            foreach (var id in deletedIds) writer.DeleteDocuments(new Term(ArticleSchema.Id, id));
            // Recorded as the indexer records it: readers refuse an index without its schema version.
            var commitData = new Dictionary<string, string> { [ArticleSchema.CommitSchemaVersion] = ArticleSchema.SchemaVersion.ToString(CultureInfo.InvariantCulture) };
            using (var reader = DirectoryReader.Open(writer, applyAllDeletes: true)) FacetMerges.AddTo(commitData, reader, _facetDimensions);
            writer.SetCommitData(commitData);
            writer.Commit();
        }
        store.Publish(generation);
    }

    /// <summary>An article with only what a test cares about spelled out.</summary>
    /// <param name="date">yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss with a time of day.</param>
    public static Article Article(string id, string title = "Untitled", string body = "", string? outlet = null,
        string? date = null, string? author = null, params string[] people) => new()
    {
        Id = id,
        SourcePath = $"/corpus/{id}.txt",
        ContentHash = id,
        Title = title,
        Body = body,
        Outlet = outlet,
        Published = date is null ? null : new PublicationDate(
            DateTime.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            HasTime: date.Contains('T')),
        Author = author,
        People = people,
    };

    public ArticleSearcher OpenSearcher() => ArticleSearcher.Open(Root);

    /// <summary>The live generation opened as a plain Lucene reader, for tests of the parts below ArticleSearcher.</summary>
    public DirectoryReader OpenReader(out Lucene.Net.Store.Directory directory)
    {
        directory = new IndexStore(Root).OpenCurrent();
        return DirectoryReader.Open(directory);
    }

    public void Dispose() => _folder.Dispose();
}
