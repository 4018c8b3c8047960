using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Writing;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Reading;

/// <summary>Searches open the live index while builds publish new ones: a publish must never make an open fail.</summary>
public sealed class LiveReaderTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly IndexStore _store;
    private readonly IndexBuilder _builder = new(ArticlePipeline.Default, new BuildOptions { Threads = 1 });

    public LiveReaderTests() => _store = new IndexStore(_dir.Combine("index"));

    public void Dispose() => _dir.Dispose();

    private void Rebuild(int articles)
    {
        for (var i = 0; i < articles; i++)
            _dir.Write(Path.Combine("articles", $"{i:000}.txt"), $"Headline {i}\n\nTroops arrived in the region on day {i}, officials said.");
        _builder.Rebuild([_dir.Combine("articles")], _store, IBuildProgress.None);
    }

    [Fact]
    public void A_search_that_read_the_pointer_just_before_a_rebuild_published_opens_the_new_index()
    {
        Rebuild(articles: 2);
        var before = _store.CurrentGeneration!;
        Rebuild(articles: 3);
        Assert.False(Directory.Exists(before));

        using var live = LiveReader.Open(_store, before);

        Assert.Equal(3, live.Reader.NumDocs);
    }

    [Fact]
    public void A_generation_that_is_gone_while_the_pointer_still_names_it_is_reported()
    {
        Rebuild(articles: 1);
        var live = _store.CurrentGeneration!;
        Directory.Delete(live, recursive: true);
        Directory.CreateDirectory(live);

        var unusable = Assert.Throws<IndexUnusableException>(() => LiveReader.Open(_store).Dispose());
        Assert.IsType<Lucene.Net.Index.IndexNotFoundException>(unusable.InnerException);
    }

    [Fact]
    public void Opening_where_nothing_was_published_says_the_index_is_missing() =>
        Assert.True(Assert.Throws<IndexUnusableException>(() => LiveReader.Open(_store)).NothingPublished);
}
