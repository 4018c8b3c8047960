using System.Text.Json;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Search;
using static SearchEngine.Tests.Cli.Results;

namespace SearchEngine.Tests.Cli;

public class JsonRendererTests
{
    [Fact]
    public void The_document_has_exactly_the_documented_shape()
    {
        var hit = Hit("a1", title: "Grain deal", outlet: "Daily Herald", date: "2024-03-15T08:00:00",
            Snippet("Ships carrying grain left.", (15, 20))) with
        {
            Author = "Ana Ruiz",
            People = ["Ana Ruiz", "Li Wei"],
            Score = 2.5f,
            ClusterId = "00000000000000c1",
            SimilarCount = 2,
            SimilarOutlets = ["The Post"],
            DerivedFrom = [new ArticleSource("pa1", "PA", "2024-03-14", 0.4321)],
            DerivedStories = 1,
        };
        var result = Of(hit) with
        {
            Total = 3,
            TotalArticles = 5,
            TotalStories = 2,
            Facets = new Dictionary<string, IReadOnlyList<FacetValue>>
            {
                ["people"] = [new("Li Wei", 2)],
                ["outlet"] = [new("Daily Herald", 3)],
                ["date"] = [new("2024-03-15", 1)],
            },
        };

        var json = JsonRenderer.Render(result);

        Assert.Equal("""
            {
              "query": "grain",
              "total": 3,
              "totalArticles": 5,
              "totalStories": 2,
              "tookMs": 12.3,
              "suggestion": null,
              "hits": [
                {
                  "id": "a1",
                  "title": "Grain deal",
                  "outlet": "Daily Herald",
                  "date": "2024-03-15T08:00:00",
                  "author": "Ana Ruiz",
                  "people": [
                    "Ana Ruiz",
                    "Li Wei"
                  ],
                  "url": null,
                  "score": 2.5,
                  "path": "/data/a1.txt",
                  "cluster": "00000000000000c1",
                  "similar": 2,
                  "similarOutlets": [
                    "The Post"
                  ],
                  "derivedFrom": [
                    {
                      "id": "pa1",
                      "outlet": "PA",
                      "date": "2024-03-14",
                      "share": 0.432
                    }
                  ],
                  "derivedStories": 1,
                  "snippets": [
                    {
                      "text": "Ships carrying grain left.",
                      "marks": [
                        [
                          15,
                          20
                        ]
                      ]
                    }
                  ]
                }
              ],
              "facets": {
                "outlet": [
                  {
                    "value": "Daily Herald",
                    "count": 3
                  }
                ],
                "date": [
                  {
                    "value": "2024-03-15",
                    "count": 1
                  }
                ],
                "people": [
                  {
                    "value": "Li Wei",
                    "count": 2
                  }
                ]
              }
            }

            """, json);
    }

    [Fact]
    public void Unknown_values_are_null_rather_than_missing()
    {
        var hit = Hit("a1", outlet: null, date: null);

        var parsed = JsonDocument.Parse(JsonRenderer.Render(Of(hit))).RootElement.GetProperty("hits")[0];

        Assert.Equal(JsonValueKind.Null, parsed.GetProperty("outlet").ValueKind);
        Assert.Equal(JsonValueKind.Null, parsed.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, parsed.GetProperty("author").ValueKind);
    }

    [Fact]
    public void All_three_facet_dimensions_are_present_even_when_empty()
    {
        var facets = JsonDocument.Parse(JsonRenderer.Render(Of())).RootElement.GetProperty("facets");

        Assert.Equal(["outlet", "date", "people"], facets.EnumerateObject().Select(p => p.Name));
        Assert.All(facets.EnumerateObject(), p => Assert.Equal(0, p.Value.GetArrayLength()));
    }

    [Fact]
    public void Non_ascii_text_stays_readable_and_control_characters_are_escaped()
    {
        var json = JsonRenderer.Render(Of(Hit("a1", title: "Zürich \e[31m")));

        Assert.Contains("\"Zürich \\u001B[31m\"", json);
        Assert.DoesNotContain('\e', json);
    }
}
