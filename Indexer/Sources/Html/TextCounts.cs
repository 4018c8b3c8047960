namespace SearchEngine.Indexing.Sources.Html;

/// <summary>Words and letters of a text, counted the one way every content rule measures them.</summary>
public static class TextCounts
{
    /// <summary>Runs of letters and digits: a script written without spaces counts a run as one word.</summary>
    public static int Words(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    public static int Letters(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) letters++;
        return letters;
    }
}
