using SearchEngine.Indexing;
using SearchEngine.Querying.Cli;

namespace SearchEngine.Tests.Cli;

public class DefaultPathsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void The_index_variable_wins()
    {
        var env = Env(("SEARCHENGINE_INDEX", "/srv/index"), ("XDG_DATA_HOME", "/xdg"), ("HOME", "/home/ana"));

        Assert.Equal("/srv/index", DefaultPaths.IndexDirectory(env));
    }

    [Fact]
    public void The_index_lives_under_xdg_data_home()
    {
        Assert.Equal("/xdg/searchengine/index", DefaultPaths.IndexDirectory(Env(("XDG_DATA_HOME", "/xdg"), ("HOME", "/home/ana"))));
    }

    [Fact]
    public void Without_xdg_data_home_the_index_is_under_local_share_in_home()
    {
        Assert.Equal("/home/ana/.local/share/searchengine/index", DefaultPaths.IndexDirectory(Env(("HOME", "/home/ana"))));
    }

    [Fact]
    public void A_relative_or_empty_xdg_variable_is_ignored()
    {
        Assert.Equal("/home/ana/.local/share/searchengine/index", DefaultPaths.IndexDirectory(Env(("XDG_DATA_HOME", "data"), ("HOME", "/home/ana"))));
        Assert.Equal("/home/ana/.config/searchengine/saved-queries.json", DefaultPaths.SavedQueriesFile(Env(("XDG_CONFIG_HOME", ""), ("HOME", "/home/ana"))));
    }

    [Fact]
    public void Saved_queries_live_under_xdg_config_home_unless_the_variable_names_a_file()
    {
        Assert.Equal("/cfg/searchengine/saved-queries.json", DefaultPaths.SavedQueriesFile(Env(("XDG_CONFIG_HOME", "/cfg"))));
        Assert.Equal("/tmp/mine.json", DefaultPaths.SavedQueriesFile(Env(("SEARCHENGINE_SAVED_QUERIES", "/tmp/mine.json"), ("XDG_CONFIG_HOME", "/cfg"))));
    }
}
