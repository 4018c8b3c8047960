using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace SearchEngine.Querying.Search.Parsing;

/// <summary>Turns the classic parser's exceptions (a grammar dump) into one sentence that says what and where.</summary>
internal static class ParseErrors
{
    private const int EndOfInput = 0;

    public static QuerySyntaxException Translate(ParseException error, PreparedQueryText text)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is BooleanQuery.TooManyClausesException)
                return new QuerySyntaxException($"the query has more than {BooleanQuery.MaxClauseCount} terms", hint:
                    $"search with fewer words, at most {BooleanQuery.MaxClauseCount}");
            if (e is ParseException { CurrentToken: { Next: { } next } current })
            {
                if (next.Kind == EndOfInput)
                {
                    var column = text.ColumnOf(current.BeginColumn);
                    return new QuerySyntaxException($"'{current.Image}' at column {column} needs something after it", column);
                }
                var at = text.ColumnOf(next.BeginColumn);
                return new QuerySyntaxException($"unexpected '{next.Image}' at column {at}", at);
            }
        }
        return new QuerySyntaxException($"the query cannot be read: {FirstLine(error.InnerException?.Message ?? error.Message)}");
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
