using System.Collections.Concurrent;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Extraction.People;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// Reads a selection as the index spells its values. A name picks the value written the same (or, when the dimension
/// merges it into another, that one: "Trump" picks "Donald Trump"), else every value that differs from it only in case
/// ("reuters" picks "Reuters", "trump" picks "Donald Trump" as "Trump" does), as <c>outlet:reuters</c> in a query does.
/// A name that picks nothing stays as it is (it matches no article) and is reported with the values nearest it.
/// </summary>
internal sealed class SelectionSpelling(FacetReaderState state)
{
    /// <summary>
    /// Each dimension's values in use by the case-folded form of every spelling the index holds for them, merged ones
    /// included, so a merged spelling typed in another case picks what its exact spelling picks; read once, when a name
    /// first misses.
    /// </summary>
    private readonly ConcurrentDictionary<string, ILookup<string, string>> _valuesByFolded = new(StringComparer.Ordinal);

    public (FacetFilters Filters, IReadOnlyList<UnknownSelection> Unknown) Spell(FacetFilters filters)
    {
        var unknown = new List<UnknownSelection>();
        foreach (var dimension in state.Dimensions.Where(d => d.Values == FacetValues.Exact && filters.Selected(d).Count > 0))
        {
            var spelled = new List<string>();
            foreach (var value in filters.Selected(dimension))
            {
                if (state[dimension].Find(value) is >= 0 and var ord)
                {
                    spelled.Add(state[dimension].ValueOf(ord));
                    continue;
                }
                var values = ValuesOf(dimension);
                var name = dimension == FacetDimension.People ? Untitled(value) : value;
                var sameButCase = values[name].Distinct(StringComparer.Ordinal).ToList();
                spelled.AddRange(sameButCase.Count > 0 ? sameButCase : [value]);
                if (sameButCase.Count == 0)
                {
                    var nearest = DidYouMean.Among(name, values.SelectMany(v => v).Distinct(StringComparer.Ordinal));
                    unknown.Add(new UnknownSelection(dimension, value, nearest));
                }
            }
            filters = filters.With(dimension, spelled);
        }
        return (filters, unknown);
    }

    /// <summary>
    /// "Mr Blair" as "Blair", "President Putin" as "Putin": the people facet holds names without the titles the text
    /// gives them, and a title typed with the name would otherwise be read as a first name ("Mark Blair").
    /// </summary>
    private static string Untitled(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titles = words.TakeWhile(word => TitleWords.All.Contains(word.TrimEnd('.'))).Count();
        return titles > 0 && titles < words.Length ? string.Join(' ', words[titles..]) : name;
    }

    private ILookup<string, string> ValuesOf(FacetDimension dimension) => _valuesByFolded.GetOrAdd(dimension.Field, _ =>
    {
        var ordinals = state[dimension];
        var counts = state.CountsOverEveryDocument(dimension.Field);
        return Enumerable.Range(0, ordinals.ValueCount)
            .Where(ord => counts[ord] > 0)
            .SelectMany(ord => ordinals.ValuesCountedAs(ord).Select(spelling => (Spelling: spelling, Value: ordinals.ValueOf(ord))))
            .ToLookup(v => v.Spelling, v => v.Value, StringComparer.OrdinalIgnoreCase);
    });
}
