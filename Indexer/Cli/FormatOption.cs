using System.CommandLine;
using System.CommandLine.Parsing;

namespace SearchEngine.Indexing.Cli;

/// <summary>
/// <c>--format NAME</c>, the one output option of every command that prints results, with <c>--json</c> kept as a
/// synonym for <c>--format json</c>. The first format named is the default; one of them must be "json".
/// </summary>
public sealed class FormatOption<T> where T : struct
{
    private const string JsonName = "json";

    private readonly ChoiceOption<T> _format;
    private readonly T _json;

    public FormatOption(IReadOnlyDictionary<string, T> formats)
    {
        _format = new ChoiceOption<T>("--format", "Output format", formats);
        _json = formats[JsonName];
    }

    public Option<bool> Json { get; } = new("--json") { Description = "Same as --format json" };

    public void AddTo(Command command)
    {
        command.Add(_format.Option);
        command.Add(Json);
        command.Validators.Add(CheckAgreement);
    }

    public T ValueOf(ParseResult parsed) => parsed.GetValue(Json) ? _json : _format.ValueOf(parsed);

    private void CheckAgreement(CommandResult command)
    {
        if (command.GetResult(Json) is not null && command.GetResult(_format.Option) is { Tokens: [var token] }
            && !token.Value.Equals(JsonName, StringComparison.OrdinalIgnoreCase))
            command.AddError($"--json and --format {token.Value} ask for different formats; give one");
    }
}
