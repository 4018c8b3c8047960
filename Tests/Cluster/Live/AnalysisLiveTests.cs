using Lucene.Net.Analysis.TokenAttributes;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Tests.Cluster.Live;

/// <summary>The cluster's index, made from the template, analyses text into the very words the local analyzer does. Skipped unless SEARCHENGINE_ES_URL names a cluster.</summary>
public sealed class AnalysisLiveTests(LiveCluster cluster) : IClassFixture<LiveCluster>
{
    [LiveClusterTheory]
    [InlineData("title", "The Prime Minister's statements were RUNNING into Kim Jong Un's meetings; U.S. e-mail 24/7 at 3.5%")]
    [InlineData("body", "Opec's ministers said they would not be cutting output, and the markets' reaction was muted")]
    [InlineData("outlet_text", "The Times of India")]
    [InlineData("people_text", "Kim Jong-un and O'Brien")]
    public void The_cluster_analyses_a_field_into_the_same_words_as_the_local_analyzer(string field, string text)
    {
        using var analyzer = ArticleSchema.CreateAnalyzer();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var local = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) local.Add(term.ToString());
        stream.End();

        Assert.Equal(local, cluster.Analyze(field, text));
    }
}
