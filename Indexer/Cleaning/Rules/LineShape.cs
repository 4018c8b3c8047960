namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>Questions about a line's shape that several rules ask.</summary>
public static class LineShape
{
    /// <summary>How many lines from the top count as the head of a page, where headlines, datelines and bylines sit.</summary>
    public const int HeadLines = 12;

    /// <summary>
    /// How many lines a page may print between its story's last sentence and the story's date at its foot: a sign-off,
    /// a contact or copyright line.
    /// </summary>
    public const int FootLines = 3;

    /// <summary>A name line's bounds: two words at least ("Jane Doe"), five with particles and initials, 50 characters.</summary>
    private const int MinNameWords = 2, MaxNameWords = 5, MaxNameLength = 50;

    public static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>As many as <see cref="Words"/> returns, counted without splitting: rules ask it of every line.</summary>
    public static int WordCount(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (c == ' ') inWord = false;
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }
        return count;
    }

    /// <summary>Compares lines as a reader would: ignoring case and the spacing the splitter already folded.</summary>
    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True for a line that is just a person's name: two to four capitalised words (initials, particles such as
    /// "van" or "de", hyphens and apostrophes allowed), no digits, no sentence punctuation.
    /// </summary>
    public static bool IsPersonName(string line)
    {
        var words = Words(line);
        if (words.Length is < MinNameWords or > MaxNameWords || line.Length > MaxNameLength) return false;
        var capitalised = 0;
        foreach (var word in words)
        {
            if (NameParticles.Contains(word)) continue;
            if (!IsNameWord(word)) return false;
            capitalised++;
        }
        return capitalised >= 2 && IsNameWord(words[0]) && IsNameWord(words[^1]);
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le", "bin", "ibn", "al", "el",
    };

    /// <summary>"Jane", "O'Neill", "Jean-Pierre", "J.", "McAllister": an upper-case letter, then letters (not all capitals unless short).</summary>
    private static bool IsNameWord(string word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        if (word.Length == 2 && word[1] == '.') return true;
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c)) letters++;
            else if (c is not ('-' or '\'' or '’' or '.')) return false;
        }
        return letters >= 2 && word.Skip(1).Any(char.IsLower);
    }

    /// <summary>
    /// True for a token made of several capitalised words glued together, as menus render when their links lose
    /// their spacing: "NewsPolitics", "WorldBusiness". Each glued piece must be a real word (three letters or more),
    /// so "McDonald" or "iPhone" do not count.
    /// </summary>
    public static bool IsGluedWords(ReadOnlySpan<char> token)
    {
        if (token.Length == 0 || !char.IsUpper(token[0])) return false;
        int pieces = 1, start = 0, firstEnd = token.Length;
        for (var i = 1; i < token.Length; i++)
        {
            if (!char.IsLetter(token[i]) || (char.IsUpper(token[i]) && char.IsUpper(token[i - 1]))) return false;
            if (!char.IsUpper(token[i]) || !char.IsLower(token[i - 1])) continue;
            if (i - start < 3) return false;
            if (pieces == 1) firstEnd = i;
            pieces++;
            start = i;
        }
        return pieces >= 2 && token.Length - start >= 3 && !SurnamePrefixes.Contains(token[..firstEnd]);
    }

    /// <summary>Names that are written with an inner capital ("MacMillan", "DeLorean", "VanDyke"): not glued menu words.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SurnamePrefixes =
        new HashSet<string>(StringComparer.Ordinal) { "Mac", "Van", "Von", "Del", "Della", "Des", "Las", "Los", "San", "Fitz" }
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the line ends a sentence, as prose does and menus, headings and names do not.</summary>
    public static bool EndsSentence(string line) => line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')';
}
