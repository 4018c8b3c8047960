using System.Globalization;

namespace SearchEngine.Indexing.Extraction.People;

/// <summary>The runs of capitalised words in one line, and whether the line is set in headline case.</summary>
/// <param name="HeadlineCased">
/// Nearly every longer word is capitalised ("Bolsonaro Not Allowed to Attend Trump's Ceremony"), so capitals do not mark
/// names. A <see cref="TableRow"/> is not a headline, however many capitals it has.
/// </param>
public sealed record ScannedLine(IReadOnlyList<NameRun> Runs, bool HeadlineCased);

/// <summary>
/// Splits a line into words and collects each run of capitalised words, with name particles ("von der") and
/// <see cref="Initials"/> ("C. Lewis", "George W. Bush") inside it. Abbreviated titles (<see cref="TitleAbbreviations"/>) keep their period ("Mr."), so it ends neither the run nor the sentence.
/// </summary>
public sealed class NameRunScanner
{
    private static readonly WordList SpeakerPronouns = new("he she his her him it its they their we our");

    private readonly string _line;
    private readonly bool _frenchAddress;
    private readonly List<Token> _tokens;
    private readonly List<NameRun> _runs = [];
    private readonly List<string> _words = [];
    private int _runStart = -1;
    private int _afterPreviousRun = -1;
    private bool _runStartsSentence;

    private NameRunScanner(string line, bool frenchAddress)
    {
        _line = line;
        _frenchAddress = frenchAddress;
        _tokens = Tokenise(line);
    }

    /// <summary>
    /// A soft hyphen is an invisible hint where a browser may break a long word ("Vladi\u00ADmir"); the word is whole.
    /// </summary>
    private const char SoftHyphen = '\u00AD';

    /// <param name="frenchAddress">
    /// The line is French prose (<see cref="FrenchProse"/>), where "M." and "MM." before a name are Monsieur and Messieurs.
    /// </param>
    public static ScannedLine Scan(string line, bool frenchAddress = false)
    {
        var scanner = new NameRunScanner(line.Contains(SoftHyphen) ? line.Replace(SoftHyphen.ToString(), "") : line, frenchAddress);
        scanner.CollectRuns();
        return new ScannedLine(scanner._runs, scanner.IsHeadlineCased() && !TableRow.Is(line, scanner._runs));
    }

    private readonly record struct Token(int Start, int Length, bool IsWord);

    private ReadOnlySpan<char> Text(int k) => _line.AsSpan(_tokens[k].Start, _tokens[k].Length);

    private bool IsWord(int k) => k < _tokens.Count && _tokens[k].IsWord;

    private bool IsQuote(int k) =>
        k >= 0 && k < _tokens.Count && !_tokens[k].IsWord && _line[_tokens[k].Start] is '"' or '“' or '”' or '«' or '»' or '\'' or '‘' or '’';

    private bool IsPunctuation(int k, char c) => k >= 0 && k < _tokens.Count && !_tokens[k].IsWord && _line[_tokens[k].Start] == c;

    private void CollectRuns()
    {
        var sentenceStart = true;
        for (var k = 0; k < _tokens.Count; k++)
        {
            if (!_tokens[k].IsWord)
            {
                CloseRun(k);
                sentenceStart = SentenceStartAfter(_line[_tokens[k].Start], sentenceStart);
                continue;
            }

            var word = Text(k);
            var periodFollows = IsPunctuation(k + 1, '.');
            var possessive = PossessiveLength(word);
            var name = word[..^possessive];
            var address = FrenchAddress(word, k, periodFollows);
            if (address is not null || IsNameWord(name) || IsMiddleInitial(word, k, periodFollows) ||
                IsLeadingInitial(word, k, periodFollows) || IsParticleInside(word, k) || IsClosingNumeral(word, k))
            {
                if (_words.Count == 0)
                {
                    _runStart = k;
                    _runStartsSentence = sentenceStart;
                }
                _words.Add(address ?? name.ToString());
                if (periodFollows && (address is not null || Initials.IsInitial(word) || TitleAbbreviations.Contains(word))) k++;
                if (possessive > 0) CloseRun(k + 1, afterPossessive: true);
            }
            else
            {
                CloseRun(k);
            }
            sentenceStart = false;
        }
        CloseRun(_tokens.Count);
    }

    /// <summary>Ends the current run; <paramref name="next"/> is the first token after it.</summary>
    private void CloseRun(int next, bool afterPossessive = false)
    {
        if (_words.Count == 0) return;
        var before = _runStart > 0 && IsWord(_runStart - 1) ? Text(_runStart - 1).ToString() : null;
        var after = afterPossessive ? [] : AfterFrom(next);
        var apposition = !afterPossessive && IsPunctuation(next, ',') ? AppositionFrom(next + 1) : [];
        // Clubs meet clubs in a fixture list ("Lyngby (Denmark) v Club Brugge (Belgium)"): no competitor's country there.
        var bracketed = !afterPossessive && IsPunctuation(next, '(') && !_line.Contains(" v ", StringComparison.Ordinal)
            ? WordsFrom(next + 1, 3)
            : [];
        _runs.Add(new NameRun(_words.ToList(), _runStartsSentence, before, after, apposition, IsPunctuation(next, '&'))
        {
            Bracketed = bracketed,
            AfterBracket = !afterPossessive && IsPunctuation(next, '(') ? AfterFrom(ClosingBracket(next) + 1) : [],
            FiguresAfter = afterPossessive ? [] : FiguresFrom(next),
            FigureAfter = afterPossessive ? ReadOnlyMemory<char>.Empty : FigureFrom(next),
            Ranked = _runStart == 2 && char.IsAsciiDigit(_line[_tokens[0].Start]) && IsPunctuation(1, '.'),
            PronounAfter = !afterPossessive && SpeechVerbBeside(before, after) ? PronounFrom(next) : null,
            ListedAfterPrevious = _afterPreviousRun >= 0 && IsListSeparator(_afterPreviousRun, _runStart),
            OpensBracket = IsPunctuation(_runStart - 1, '('),
            BeforeApposition = !afterPossessive && IsPunctuation(next, ',') && IsPunctuation(_runStart - 1, ',') && IsWord(_runStart - 2)
                ? Text(_runStart - 2).ToString()
                : null,
            AfterApposition = apposition.Count == 3 && IsWord(next + 4) ? Text(next + 4).ToString() : null,
            TrademarkAfter = !afterPossessive && IsTrademarkSign(next),
            TwoBefore = before is not null && _runStart > 1 && IsWord(_runStart - 2)
                ? _line.AsMemory(_tokens[_runStart - 2].Start, _tokens[_runStart - 2].Length)
                : ReadOnlyMemory<char>.Empty,
            FillsQuotation = !afterPossessive && IsQuote(_runStart - 1) &&
                             (IsQuote(next) || ((IsPunctuation(next, ',') || IsPunctuation(next, '.')) && IsQuote(next + 1))),
        });
        _afterPreviousRun = next;
        _words.Clear();
    }

    /// <summary>
    /// A trademark sign at <paramref name="k"/>: "®", "™", "℠", or "(TM)" and "(R)" as plain text writes them; "(R)" only
    /// against the word, since after a space it is a politician's party ("Devin Nunes (R)").
    /// </summary>
    private bool IsTrademarkSign(int k) =>
        IsPunctuation(k, '®') || IsPunctuation(k, '™') || IsPunctuation(k, '℠') ||
        (IsPunctuation(k, '(') && IsWord(k + 1) && IsPunctuation(k + 2, ')') &&
         (Text(k + 1) is "TM" || (Text(k + 1) is "R" && _tokens[k - 1].Start + _tokens[k - 1].Length == _tokens[k].Start)));

    /// <summary>
    /// Only a comma, semicolon or "and" between two runs, after a bracket that closes the first entry if any:
    /// "Ernie Els (South Africa), Nick Faldo", "Mark Taylor and Ian Healy". A line-up may number each player by his
    /// position after the comma ("15 - Ann Hale, 14 - Jo Brant"), which opens the next entry.
    /// </summary>
    private bool IsListSeparator(int from, int to)
    {
        var k = IsPunctuation(from, '(') ? ClosingBracket(from) + 1 : from;
        if (IsPunctuation(k, ',') || IsPunctuation(k, ';'))
        {
            k++;
            if (IsPositionNumber(k)) k += 2;
        }
        if (IsWord(k) && Text(k) is "and") k++;
        return k == to && k > from;
    }

    /// <summary>A number of one or two digits and a dash: a player's position in a line-up, "14 -".</summary>
    private bool IsPositionNumber(int k) =>
        IsWord(k) && _tokens[k].Length <= 2 && int.TryParse(Text(k), NumberStyles.None, CultureInfo.InvariantCulture, out _) &&
        IsPunctuation(k + 1, '-');

    /// <summary>The token that closes the bracket opened at <paramref name="open"/>, or the line's end.</summary>
    private int ClosingBracket(int open)
    {
        var k = open + 1;
        while (k < _tokens.Count && !IsPunctuation(k, ')')) k++;
        return k;
    }

    private List<string> WordsFrom(int k, int max)
    {
        var words = new List<string>(max);
        for (; words.Count < max && IsWord(k); k++) words.Add(Text(k).ToString());
        return words;
    }

    /// <summary>The text from token <paramref name="k"/> to the next space, when that token is a figure.</summary>
    private ReadOnlyMemory<char> FigureFrom(int k)
    {
        if (!IsWord(k) || !char.IsAsciiDigit(_line[_tokens[k].Start])) return ReadOnlyMemory<char>.Empty;
        var start = _tokens[k].Start;
        var end = _line.IndexOf(' ', start);
        return _line.AsMemory(start, (end < 0 ? _line.Length : end) - start);
    }

    /// <summary>Up to four whole numbers from token <paramref name="k"/> on, one a word: a table row's figures.</summary>
    private List<int> FiguresFrom(int k)
    {
        if (!IsWord(k) || !char.IsAsciiDigit(_line[_tokens[k].Start])) return [];
        var figures = new List<int>(4);
        for (; figures.Count < 4 && IsWord(k) && int.TryParse(Text(k), NumberStyles.None, CultureInfo.InvariantCulture, out var figure); k++)
            figures.Add(figure);
        return figures;
    }

    /// <summary>Only a speech verb next to a run makes the pronoun after it worth looking for (<see cref="OneWordSpeaker"/>).</summary>
    private static bool SpeechVerbBeside(string? before, List<string> after) =>
        SpeechVerbs.All.Contains(before ?? "") || (after.Count > 0 && SpeechVerbs.All.Contains(after[0]));

    /// <summary>
    /// The first pronoun within eight words after a run, in its sentence or opening the next: "Suharto said on Tuesday
    /// he would", "Amoco said its profit rose", "..., Ronaldo said. He".
    /// </summary>
    private string? PronounFrom(int k)
    {
        var words = 0;
        var sentenceEnds = 0;
        for (; k < _tokens.Count && words < 8; k++)
        {
            if (!_tokens[k].IsWord)
            {
                if (_line[_tokens[k].Start] is '.' or '!' or '?' && ++sentenceEnds > 1) return null;
                continue;
            }
            words++;
            var word = Text(k);
            if (SpeakerPronouns.Contains(word)) return word.ToString();
            if (sentenceEnds > 0) return null;
        }
        return null;
    }

    /// <summary>
    /// Up to two words right after a run; none when a figure follows ("G. Rose 7-73", "Ogunkoya 22.58"), which is
    /// not a word to read: "7" alone there would look like a side's goals.
    /// </summary>
    private List<string> AfterFrom(int k)
    {
        var words = WordsFrom(k, 2);
        var figure = words.Count > 0 && char.IsAsciiDigit(words[0][0]) &&
                     (IsPunctuation(k + 1, '-') || IsPunctuation(k + 1, '.') || IsPunctuation(k + 1, ':'));
        return figure ? [] : words;
    }

    /// <summary>
    /// Up to three words after the comma that follows a run. Fewer must close as an apposition closes, at a comma,
    /// bracket, full stop or the line's end: ", 45," is an age, where ", 5-3" is a score, ", 48%" a share,
    /// ", 42-2-2423" a telephone number and ", 3.0 GHz" a measure. A bracket closes only one opened before it: in
    /// "1) Boiled, 2) Fried" the figure numbers the next entry.
    /// </summary>
    private List<string> AppositionFrom(int k)
    {
        var words = WordsFrom(k, 3);
        var end = k + words.Count;
        var closed = words.Count == 3 || end >= _tokens.Count || (IsPunctuation(end, ',') && !IsInsideAFigure(end)) ||
                     (IsPunctuation(end, ')') && IsBracketOpenAt(k)) ||
                     (IsPunctuation(end, '.') && !IsInsideAFigure(end)) || IsPunctuation(end, ';');
        return closed ? words : [];
    }

    /// <summary>Whether a bracket opened before token <paramref name="k"/> is still open there.</summary>
    private bool IsBracketOpenAt(int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (IsPunctuation(j, ')')) return false;
            if (IsPunctuation(j, '(')) return true;
        }
        return false;
    }

    /// <summary>
    /// A period or comma with a digit right after it, no space between: "3.0" and "84,137" are figures, not a figure and a
    /// full stop or a comma ("the tanker Brindle, 84,137 tonnes" gives a ship's size, not an age of 84).
    /// </summary>
    private bool IsInsideAFigure(int k) =>
        IsWord(k + 1) && _tokens[k + 1].Start == _tokens[k].Start + 1 && char.IsAsciiDigit(_line[_tokens[k + 1].Start]);

    /// <summary>
    /// "M." or "MM." before a name in French prose, read as the form of address it abbreviates ("a déclaré M. Martin"),
    /// so the surname is named with a title as after "Mr", not as a full name with an initial.
    /// </summary>
    private string? FrenchAddress(ReadOnlySpan<char> word, int k, bool periodFollows) =>
        _frenchAddress && periodFollows && word is "M" or "MM" && IsWord(k + 2) && IsNameWord(Text(k + 2))
            ? word is "M" ? "Monsieur" : "Messieurs"
            : null;

    /// <summary>
    /// "W." or "W" between names, as in "George W. Bush". "I" with no period is the pronoun of a title in capitals ("Why
    /// Did I Get Married", "As I Am").
    /// </summary>
    private bool IsMiddleInitial(ReadOnlySpan<char> word, int k, bool periodFollows) =>
        _words.Count > 0 && Initials.IsInitial(word) &&
        (periodFollows || (word is not "I" && IsWord(k + 1) && IsNameWord(Text(k + 1))));

    /// <summary>
    /// "C." before a name or another initial, as in "C. Lewis" and "J.R.R. Tolkien"; not a letter joined by an ampersand,
    /// which ends an abbreviation ("R&amp;B. Jeanine", "AT&amp;T.").
    /// </summary>
    private bool IsLeadingInitial(ReadOnlySpan<char> word, int k, bool periodFollows) =>
        _words.Count == 0 && Initials.IsInitial(word) && periodFollows && !IsJoinedByAmpersand(k) && IsWord(k + 2) &&
        (IsNameWord(Text(k + 2)) || Initials.IsInitial(Text(k + 2)));

    private bool IsJoinedByAmpersand(int k) => IsPunctuation(k - 1, '&') && _tokens[k - 1].Start + 1 == _tokens[k].Start;

    /// <summary>
    /// A Roman numeral that ends a name, as in "Pope John Paul II"; one that a name word follows is in a club's name
    /// ("Willem II Tilburg").
    /// </summary>
    private bool IsClosingNumeral(ReadOnlySpan<char> word, int k) =>
        _words.Count > 0 && Generation.IsNumeral(word) && !(IsWord(k + 1) && IsNameWord(Text(k + 1)));

    /// <summary>"von", "der", "de" between names: "Ursula von der Leyen".</summary>
    private bool IsParticleInside(ReadOnlySpan<char> word, int k)
    {
        if (_words.Count == 0 || !IsParticle(word)) return false;
        while (IsWord(k + 1) && IsParticle(Text(k + 1))) k++;
        return IsWord(k + 1) && IsNameWord(Text(k + 1));
    }

    private static bool IsParticle(ReadOnlySpan<char> word) => char.IsLower(word[0]) && PersonName.IsParticle(word);

    /// <summary>A capital followed by at least one lower-case letter ("Rutte", "McDonald", "Jong-un"), or "al-Assad".</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        if (char.IsLower(word[0]))
            return word.Length > 3 && word[2] == '-' && word[..2] is "al" or "el" && char.IsUpper(word[3]);
        return char.IsUpper(word[0]) && (word[1..].ContainsAnyInRange('a', 'z') || HasNonAsciiLower(word[1..])) &&
               !HasAdjectiveTail(word);
    }

    /// <summary>
    /// "Atlanta-based", "Russian-occupied", "Jackson-style": a lower-case part after a hyphen makes an adjective, unless it
    /// is a romanised syllable as in "Jong-un" or "Teng-hui".
    /// </summary>
    private static bool HasAdjectiveTail(ReadOnlySpan<char> word)
    {
        foreach (var range in word.SplitAny("-‐‑"))
        {
            var part = word[range];
            if (part.Length > 0 && char.IsLower(part[0]) && !EastAsianNames.IsRomanised(part.ToString()) &&
                !PersonName.IsJoiningArticle(part)) return true;
        }
        return false;
    }

    private static bool HasNonAsciiLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (c > 127 && char.IsLower(c)) return true;
        return false;
    }

    private static int PossessiveLength(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' && NameFolding.IsApostrophe(word[^2]) ? 2 : 0;

    /// <summary>Whether the word after this punctuation opens a sentence; quotes, brackets and dashes leave it as it was.</summary>
    private static bool SentenceStartAfter(char punctuation, bool wasStart) => punctuation switch
    {
        '.' or '!' or '?' or ':' or ';' or '“' or '«' or '•' or '|' => true,
        '"' or '\'' or '‘' or '’' or '(' or ')' or '[' or ']' or '*' or '-' or '–' or '—' => wasStart,
        _ => false,
    };

    /// <summary>
    /// At least four capitalised words of four letters or more, and no lower-case word but function words ("to", "of"):
    /// every content word is capitalised, as in a Title Case headline.
    /// </summary>
    private bool IsHeadlineCased()
    {
        var capitalised = 0;
        for (var k = 0; k < _tokens.Count; k++)
        {
            var word = Text(k);
            if (!_tokens[k].IsWord || !char.IsLetter(word[0])) continue;
            if (char.IsLower(word[0]))
            {
                if (!NonPersonWords.FunctionWords.Contains(word)) return false;
            }
            else if (word.Length >= 4) capitalised++;
        }
        return capitalised >= 4;
    }

    /// <summary>Words (letters and digits, with inner hyphens and apostrophes) and single punctuation characters.</summary>
    private static List<Token> Tokenise(string line)
    {
        var tokens = new List<Token>(line.Length / 5);
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(i++, 1, false));
                continue;
            }
            var start = i++;
            while (i < line.Length && (char.IsLetterOrDigit(line[i]) || IsInnerJoiner(line, i))) i++;
            tokens.Add(new Token(start, i - start, true));
        }
        return tokens;
    }

    private static bool IsInnerJoiner(string line, int i) =>
        (NameFolding.IsApostrophe(line[i]) || NameFolding.IsHyphen(line[i])) &&
        i + 1 < line.Length && char.IsLetter(line[i + 1]) && char.IsLetter(line[i - 1]);
}
