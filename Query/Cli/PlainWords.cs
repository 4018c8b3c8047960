using System.Text;

namespace SearchEngine.Querying.Cli;

/// <summary>
/// A query reduced to its words, for the hint after a syntax error. Lower case, because the parser only treats
/// AND, OR and NOT as operators in capitals, and case does not change what words match.
/// </summary>
public static class PlainWords
{
    public static string Of(string queryText)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in queryText + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        return string.Join(' ', words);
    }
}
