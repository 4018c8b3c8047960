using System.CommandLine;
using System.CommandLine.Parsing;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli;

/// <summary>The filters and sort that describe a search, shared by <c>search</c> and <c>saved add</c>.</summary>
internal sealed class FilterOptions
{
    public Option<string[]> Outlets { get; } = new("--outlet")
    {
        Description = "Only articles from this outlet; repeat for any of several",
        HelpName = "NAME",
    };

    public Option<string[]> People { get; } = new("--person")
    {
        Description = "Only articles mentioning this person; repeat for any of several",
        HelpName = "NAME",
    };

    public Option<DateOnly?> From { get; } = CliOptions.Date("--from", "Only articles published on or after this day");
    public Option<DateOnly?> To { get; } = CliOptions.Date("--to", "Only articles published on or before this day");
    public Option<SortOrder> Sort { get; } = CliOptions.Sort();

    public void AddTo(Command command)
    {
        command.Add(Outlets);
        command.Add(People);
        command.Add(From);
        command.Add(To);
        command.Add(Sort);
        command.Validators.Add(CheckRange);
    }

    public FacetFilters Filters(ParseResult parsed) => new()
    {
        Outlets = parsed.GetValue(Outlets) ?? [],
        People = parsed.GetValue(People) ?? [],
        From = parsed.GetValue(From),
        To = parsed.GetValue(To),
    };

    private void CheckRange(CommandResult command)
    {
        // Read from the tokens: asking for the value of a date that did not parse throws, and it has its own error.
        if (DateGiven(command.GetResult(From)) is { } from && DateGiven(command.GetResult(To)) is { } to && from > to)
            command.AddError($"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}");
    }

    private static DateOnly? DateGiven(OptionResult? option) =>
        option is { Tokens: [var token] } && CliOptions.TryParseDate(token.Value, out var date) ? date : null;
}
