using CsCheck;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Querying.Cli;
using SearchEngine.Tests.Cli;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Properties;

/// <summary>Whatever a user types as a query or a date bound, <c>query search</c> answers or says what is wrong: exit 0 or 2, never a crash.</summary>
public sealed class QueryParserProperties(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int Cases = 400;
    private const ulong Seed = 21;

    private readonly TestIndex _index = TestIndex.Build(
        Article("grain", "Grain deal reached", "Ships carrying grain left Odesa.", new DateTime(2024, 2, 29)),
        Article("old", "Old news", "Markets were calm.", new DateTime(1, 1, 1)),
        Article("last", "Last day", "The calendar ends.", new DateTime(9999, 12, 31)));

    public void Dispose() => _index.Dispose();

    private static Article Article(string id, string title, string body, DateTime published) => new()
    {
        Id = id,
        SourcePath = $"{id}.txt",
        ContentHash = id,
        Title = title,
        Body = body,
        Outlet = "Daily Herald",
        Published = new PublicationDate(published, HasTime: false),
        People = ["Ana Ruiz"],
    };

    /// <summary>Dates at the edges of the calendar and just past them, and things that only look like dates.</summary>
    private static readonly Gen<string> Date = Gen.OneOf(
        "0001-01-01", "0000-01-01", "9999-12-31", "9999-12", "9999", "10000", "0001", "2024-02-29", "2023-02-29", "1970-01-01",
        "2024-13-01", "2024-12-32", "-0001-01-01", "2024-1-1", "99999999-01-01", "*", "now", "");

    private static readonly Gen<string> Term = Gen.Frequency(
        (12, Gen.OneOf("grain", "Odesa", "ana", "ruiz", "gra*", "*ain", "te?t", "grain~", "grain~0.5", "grain^3", "\"grain deal\"", "\"grain deal\"~2",
            "*:*", "/gr.*n/", "calm", "ends")),
        (2, Gen.OneOf("*", "?", "\\", "/", "[", "]", "{", "}", "(", ")", ":", "!", "&&", "||", "+", "-", "AND", "OR", "NOT", "TO", "\"")),
        (2, Gen.Char.Array[1, 12].Select(chars => new string(chars))),
        (2, Gen.Char['\0', '\u00ff'].Array[1, 12].Select(chars => new string(chars))),
        (1, Gen.Int[1, 50_000].Select(n => new string('w', n))),
        (1, Gen.Int[1, 2_000].Select(n => string.Concat(Enumerable.Repeat("a* ", n)))));

    private static readonly Gen<string> Field = Gen.Frequency(
        (6, Gen.OneOf("title", "body", "outlet", "author", "person", "date")),
        (1, Gen.OneOf("people", "id", "path", "cluster", "nonsense", "")));

    private static readonly Gen<string> Range = Gen.Select(Gen.OneOf("[", "{"), Date, Date, Gen.OneOf("]", "}"), (open, from, to, close) => $"{open}{from} TO {to}{close}");

    private static readonly Gen<string> Clause = Gen.Frequency(
        (4, Term),
        (2, Gen.Select(Field, Gen.OneOf(Term, Date, Range), (field, value) => $"{field}:{value}")),
        (1, Gen.Select(Term, Term, (a, b) => $"({a} {b})")));

    private static readonly Gen<string> Query = Gen.Select(Clause.Array[1, 6], Gen.Frequency((4, Gen.OneOf(" ", " AND ", " OR ")), (1, Gen.OneOf(" NOT ", " && ", " -", " +"))).Array[6],
        (clauses, joins) => string.Concat(clauses.Select((c, i) => i == 0 ? c : joins[i] + c)));

    private static readonly Gen<string[]> Options = Gen.Select(
        Gen.Frequency((6, Gen.Const<string[]>([])), (1, Gen.Const<string[]>(["--from"])), (1, Gen.Const<string[]>(["--to"])), (1, Gen.Const<string[]>(["--from", "--to"]))), Date, Date, Gen.OneOf("table", "json", "csv"), Gen.OneOf("relevance", "date"),
        (bounds, from, to, format, sort) => bounds.Select(b => b == "--from" ? $"--from={from}" : $"--to={to}").Concat(["--format", format, "--sort", sort]).ToArray());

    [Fact]
    public void Any_query_and_date_bounds_exit_0_or_2_and_never_crash()
    {
        var cli = new CliHarness();
        PropertyRun.ForAll(Gen.Select(Query, Options), Cases, Seed, c =>
        {
            var (query, options) = c;
            var code = cli.Run(["search", query, "--index", _index.Root, .. options]);
            Assert.True(code is ExitCodes.Success or ExitCodes.Usage, $"exit {code}: {cli.Error}");
        }, c => $"query search '{c.Item1}' {string.Join(' ', c.Item2)}");
        output.WriteLine($"{Cases} queries from seed {Seed}");
    }
}
