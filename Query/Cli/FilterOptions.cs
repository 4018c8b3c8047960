using System.CommandLine;
using System.CommandLine.Parsing;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli;

/// <summary>
/// The filters and sort that describe a search, shared by <c>search</c> and <c>saved add</c>: an option for each facet
/// dimension that declares one, and the publication-day range.
/// </summary>
internal sealed class FilterOptions
{
    private readonly IReadOnlyList<(FacetDimension Dimension, Option<string[]> Option)> _selections =
    [
        .. ArticleSchema.FacetDimensions.Where(d => d.Option is not null).Select(d => (d, new Option<string[]>($"--{d.Option!.Name}")
        {
            Description = d.Option.Description,
            HelpName = "NAME",
        })),
    ];

    public Option<DateOnly?> From { get; } = CliOptions.Date("--from", "Only articles published on or after this day");
    public Option<DateOnly?> To { get; } = CliOptions.Date("--to", "Only articles published on or before this day");
    public ChoiceOption<SortOrder> Sort { get; } = CliOptions.Sort();

    public void AddTo(Command command)
    {
        foreach (var (_, option) in _selections) command.Add(option);
        command.Add(From);
        command.Add(To);
        command.Add(Sort.Option);
        command.Validators.Add(CheckRange);
    }

    public FacetFilters Filters(ParseResult parsed) =>
        _selections.Aggregate(FacetFilters.None, (filters, s) => filters.With(s.Dimension, parsed.GetValue(s.Option) ?? []))
            with { From = parsed.GetValue(From), To = parsed.GetValue(To) };

    private void CheckRange(CommandResult command)
    {
        // Read from the tokens: asking for the value of a date that did not parse throws, and it has its own error.
        if (DateGiven(command.GetResult(From)) is { } from && DateGiven(command.GetResult(To)) is { } to && from > to)
            command.AddError($"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}");
    }

    private static DateOnly? DateGiven(OptionResult? option) =>
        option is { Tokens: [var token] } && CliOptions.TryParseDate(token.Value, out var date) ? date : null;
}
