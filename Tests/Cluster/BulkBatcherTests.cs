using System.Text;
using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;

namespace SearchEngine.Tests.Cluster;

public class BulkBatcherTests
{
    private static readonly byte[] Placement = """{"cluster":1}"""u8.ToArray();

    private static List<BulkRequest> Batch(BulkOptions options, params string[] documents)
    {
        var batcher = new BulkBatcher("articles", options);
        var requests = new List<BulkRequest>();
        for (var i = 0; i < documents.Length; i++)
            if (batcher.Add($"d{i}", $"f.jsonl:{i + 1}", "hash", Placement, Encoding.UTF8.GetBytes(documents[i])) is { } full)
                requests.Add(full);
        if (batcher.Flush() is { } last) requests.Add(last);
        return requests;
    }

    private static string Document(int bodyLength) => new JsonObject { ["body"] = new string('x', bodyLength) }.ToJsonString();

    [Fact]
    public void A_request_closes_before_the_document_that_would_take_it_past_the_byte_bound()
    {
        // Each document with its action line is a little over 1,000 bytes.
        var requests = Batch(new BulkOptions { MaxBytes = 2500 }, Document(950), Document(950), Document(950), Document(950), Document(950));

        Assert.Equal([2, 2, 1], requests.Select(r => r.Items.Count));
        Assert.All(requests, r => Assert.True(r.Body.Length <= 2500, $"{r.Body.Length} bytes"));
    }

    [Fact]
    public void A_request_closes_at_the_document_count_bound()
    {
        var requests = Batch(new BulkOptions { MaxDocuments = 2 }, Document(1), Document(1), Document(1), Document(1), Document(1));

        Assert.Equal([2, 2, 1], requests.Select(r => r.Items.Count));
    }

    [Fact]
    public void A_document_larger_than_the_byte_bound_goes_in_a_request_of_its_own()
    {
        var requests = Batch(new BulkOptions { MaxBytes = 500 }, Document(10), Document(2000), Document(10));

        Assert.Equal([1, 1, 1], requests.Select(r => r.Items.Count));
        Assert.Equal("d1", requests[1].Items[0].Id);
    }

    [Fact]
    public void Each_document_is_an_index_action_naming_the_index_and_id_then_the_document_on_the_next_line()
    {
        var request = Batch(BulkOptions.Default, """{"id":"d0"}""", """{"id":"d1"}""").Single();

        Assert.Equal("""
            {"index":{"_index":"articles","_id":"d0"}}
            {"id":"d0"}
            {"index":{"_index":"articles","_id":"d1"}}
            {"id":"d1"}

            """.ReplaceLineEndings("\n"), request.Text);
    }

    [Fact]
    public void A_subset_of_a_request_holds_those_documents_lines_as_they_were()
    {
        var request = Batch(BulkOptions.Default, """{"id":"d0"}""", """{"id":"d1"}""", """{"id":"d2"}""").Single();

        var subset = request.Subset([request.Items[1]]);

        Assert.Equal("{\"index\":{\"_index\":\"articles\",\"_id\":\"d1\"}}\n{\"id\":\"d1\"}\n", subset.Text);
        Assert.Equal(0, subset.Items[0].Offset);
    }
}
