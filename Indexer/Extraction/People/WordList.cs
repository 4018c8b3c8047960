using System.Text;

namespace SearchEngine.Indexing.Extraction.People;

/// <summary>A lexicon of words, matched whatever their case or accents.</summary>
public sealed class WordList
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    /// <param name="blocks">White-space separated words; a block may span many lines.</param>
    public WordList(params string[] blocks)
    {
        _words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in blocks)
            foreach (var word in block.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                _words.Add(NameFolding.Fold(word));
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    /// <summary>This list grown by words that are already folded, such as a lexicon file's lines.</summary>
    public WordList With(IEnumerable<string> foldedWords)
    {
        _words.UnionWith(foldedWords);
        return this;
    }

    public bool Contains(string word) => Contains(word.AsSpan());

    /// <summary>Looks a word up without allocating; for the plain ASCII words that make up most text.</summary>
    public bool Contains(ReadOnlySpan<char> word) =>
        Ascii.IsValid(word) ? _spans.Contains(word) : _words.Contains(NameFolding.Fold(word.ToString()));
}
