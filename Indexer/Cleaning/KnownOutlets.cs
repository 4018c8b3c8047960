namespace SearchEngine.Indexing.Cleaning;

/// <summary>
/// Well-known news outlets, for recognising a masthead or footer line that names the publisher and nothing else.
/// Only whole lines are matched: an outlet named in prose is a source the article cites, not its publisher.
/// </summary>
public static class KnownOutlets
{
    private static readonly Dictionary<string, string> ByName = Build(
        "BBC News", "BBC", "CNN", "Reuters", "The Guardian", "The New York Times", "The Washington Post", "The Times",
        "The Sunday Times", "Financial Times", "The Economist", "Bloomberg", "Al Jazeera", "Deutsche Welle", "DW",
        "Euronews", "Politico", "Politico Europe", "The Independent", "The Telegraph", "The Daily Telegraph",
        "Daily Mail", "Mail Online", "Sky News", "NBC News", "CBS News", "ABC News", "Fox News", "NPR", "CNBC",
        "The Wall Street Journal", "USA Today", "Los Angeles Times", "The Atlantic", "Newsweek",
        "Axios", "The Hill", "Le Monde", "Der Spiegel", "France 24", "The Kyiv Independent", "Kyiv Post",
        "The Moscow Times", "Meduza", "Novaya Gazeta Europe", "Radio Free Europe/Radio Liberty", "RFE/RL",
        "The Korea Herald", "The Korea Times", "NK News", "South China Morning Post", "The Japan Times");

    /// <summary>The outlet's usual name when the line is exactly a known outlet's name, else null.</summary>
    public static string? Named(string line) =>
        ByName.TryGetValue(line.Trim().TrimEnd('.', ' ').Trim(), out var name) ? name : null;

    private static Dictionary<string, string> Build(params string[] names) =>
        names.ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);
}
