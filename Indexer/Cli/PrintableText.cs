using System.Text;

namespace SearchEngine.Indexing.Cli;

/// <summary>
/// Text from articles and file names made safe to print: every control character becomes its Unicode "control picture"
/// (ESC → ␛; C1 controls → �), so an escape sequence in a page or a file name shows instead of recolouring, moving the
/// cursor or retitling the terminal. Both programs print through it.
/// </summary>
public static class PrintableText
{
    public static string Of(string text) => Of(text, keep: "");

    /// <param name="keep">Controls that stay as they are, such as the tabs and line breaks a CSV field may hold.</param>
    public static string Of(string text, string keep)
    {
        if (!text.Any(c => char.IsControl(c) && !keep.Contains(c))) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                _ when keep.Contains(c) => c,
                < ' ' => (char)(0x2400 + c),
                '\u007f' => '\u2421',
                _ when char.IsControl(c) => '\uFFFD',
                _ => c,
            });
        }
        return builder.ToString();
    }
}
