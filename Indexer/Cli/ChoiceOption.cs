using System.CommandLine;

namespace SearchEngine.Indexing.Cli;

/// <summary>
/// An option taking one of a few names (<c>--sort relevance|date</c>), read case-insensitively. The first name is the
/// default, stated in the help as the user types it; a name outside the list is a usage error naming the choices.
/// </summary>
public sealed class ChoiceOption<T> where T : struct
{
    private readonly IReadOnlyDictionary<string, T> _choices;

    public ChoiceOption(string name, string description, IReadOnlyDictionary<string, T> choices)
    {
        _choices = choices;
        Option = new Option<T?>(name)
        {
            Description = $"{description} [default: {choices.Keys.First()}]",
            HelpName = string.Join('|', choices.Keys),
            CustomParser = result =>
            {
                var token = result.Tokens.Single().Value;
                if (choices.TryGetValue(token.ToLowerInvariant(), out var value)) return value;
                result.AddError($"{name}: '{token}' is not one of {string.Join(", ", choices.Keys)}");
                return null;
            },
        };
        // Only the names typed, not the names of the values behind them.
        Option.CompletionSources.Clear();
        Option.CompletionSources.Add(choices.Keys.ToArray());
    }

    public Option<T?> Option { get; }

    private T Default => _choices.Values.First();

    public T ValueOf(ParseResult parsed) => parsed.GetValue(Option) ?? Default;
}
