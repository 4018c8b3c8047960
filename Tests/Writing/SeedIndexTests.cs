using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.FirstRun;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Writing;

public class SeedIndexTests
{
    [Fact]
    public void First_run_indexes_the_seeds_shipped_beside_the_program()
    {
        using var dir = new TempFolder();
        var store = new IndexStore(dir.Combine("index"));
        var report = SeedIndex.EnsureBuilt(store, IBuildProgress.None);
        Assert.Equal(Directory.GetFiles(RepoPaths.Seeds).Length, report!.Indexed);
        Assert.True(store.Exists);
    }

    [Fact]
    public void A_later_run_leaves_an_existing_index_alone()
    {
        using var dir = new TempFolder();
        var store = new IndexStore(dir.Combine("index"));
        SeedIndex.EnsureBuilt(store, IBuildProgress.None);
        var generation = store.CurrentGeneration;
        Assert.Null(SeedIndex.EnsureBuilt(store, IBuildProgress.None));
        Assert.Equal(generation, store.CurrentGeneration);
    }
}
