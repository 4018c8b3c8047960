using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// A table of figures whose every row opens with a name and holds nothing else ("Ann Hale 3 5 0 396 170 79.20", a
/// batsman's average; a golfer's rounds, a scorer's goals, a player's statistics). A column holds one kind of thing:
/// the rows of one table, line after line, are vouched for as a list's entries are (<see cref="ListedNames"/>), by the
/// known people among them, where each row alone is a name with figures that might be a side's.
/// </summary>
public static partial class StatisticsTable
{
    /// <summary>The line is one run of capitalised words (its name particles written small too) and three figures or more.</summary>
    public static bool IsRow(string line, IReadOnlyList<NameRun> runs)
    {
        // Most lines end in a full stop or a word: only one that ends in a figure, a dash or a not-out mark is worth matching.
        if (runs.Count != 1 || line.TrimEnd() is not [.., var last] || !(char.IsAsciiDigit(last) || last is '-' or 'o' or '*'))
            return false;
        var match = Row().Match(line);
        return match.Success && match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(w => char.IsUpper(w[0]) || runs[0].Words.Contains(w));
    }

    /// <summary>Whole numbers, decimals ("79.20", "57.2" overs), "41no" (not out) and "-" for none.</summary>
    [GeneratedRegex(@"^(?<name>[^\d\s][^\d]*?)(?:\s+(?:\d[\d.,:/]*(?:no|\*)?|-)){3,}\s*$")]
    private static partial Regex Row();
}
