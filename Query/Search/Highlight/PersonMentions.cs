using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using SearchEngine.Indexing.Extraction.People;
using SearchEngine.Indexing.Schema;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Querying.Search.Highlight;

/// <summary>
/// The people a search is about: named in the query's <c>people:</c> clauses or picked in the people facet. The people
/// field holds each name once, in its canonical form, so marking only the query's own fields would mark nothing where
/// the article names them; these are marked in titles and bodies instead, by the whole name and by the family name
/// alone, as an article names a person after the first mention ("Putin said", and "Kim" for Kim Jong Un).
/// </summary>
internal static class PersonMentions
{
    public static IReadOnlyList<PersonName> Of(LuceneQuery query, FacetFilters filters)
    {
        var people = new List<PersonName>();
        foreach (var leaf in QueryLeaves.Wanted(query))
        {
            if (leaf is TermQuery term && term.Term.Field == ArticleSchema.PeopleText)
                people.Add(PersonName.FromWords([term.Term.Text]));
            else if (leaf is PhraseQuery phrase && phrase.GetTerms() is { Length: > 0 } terms && terms[0].Field == ArticleSchema.PeopleText)
                people.Add(PersonName.FromWords([.. terms.Zip(phrase.GetPositions()).OrderBy(t => t.Second).Select(t => t.First.Text)]));
        }
        foreach (var name in filters.Selected(FacetDimension.People))
            people.Add(PersonName.FromWords(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return [.. people.Where(p => p.Parts.Count > 0).DistinctBy(p => p.Key)];
    }

    /// <summary>
    /// A person as a field's analyzer reads them: the whole name as terms at positions (gaps where it drops a word),
    /// and the family name's term when the name has more than one word.
    /// </summary>
    public static IEnumerable<NameTerms> Terms(Analyzer analyzer, string field, IEnumerable<PersonName> people)
    {
        foreach (var person in people)
        {
            var whole = Analyse(analyzer, field, person.Display);
            if (whole.Count == 0) continue;
            var family = person.Parts.Count > 1 ? Analyse(analyzer, field, person.FamilyName) : [];
            yield return new NameTerms([.. whole.Select(t => t.Term)], [.. whole.Select(t => t.Position)], family is [var one] ? one.Term : null);
        }
    }

    private static List<(string Term, int Position)> Analyse(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var tokens = analyzer.GetTokenStream(field, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
        var position = -1;
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        tokens.End();
        return terms;
    }
}

/// <summary>A person's name as one field's terms: the whole name (a phrase when more than one term), and the family name alone, when it has one.</summary>
internal sealed record NameTerms(string[] Terms, int[] Positions, string? FamilyName);
