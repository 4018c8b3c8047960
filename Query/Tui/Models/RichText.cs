using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>A run of text in one ink; <paramref name="Match"/> numbers the match (or diff change) it belongs to, -1 for none.</summary>
public sealed record Segment(string Text, Ink Ink, int Match = -1);

/// <summary>A paragraph, or a part of a long one, laid out on its own. Only the first part of a paragraph gets a blank line before it.</summary>
public sealed record Block(IReadOnlyList<Segment> Segments, bool StartsParagraph);

/// <summary>
/// A long text in inked segments, cut into blocks at line breaks and, within very long paragraphs, every few thousand
/// characters at a space: blocks are what the lazy layout wraps one at a time, so only what is near the view is laid out.
/// </summary>
public sealed class RichText
{
    /// <summary>Characters per block at most; a paragraph longer than this is laid out in parts.</summary>
    public const int BlockChars = 2000;

    private readonly List<Block> _blocks = [];
    private List<Segment> _current = [];
    private int _currentLength;
    private bool _startsParagraph = true;

    public RichText(IEnumerable<Segment> segments)
    {
        foreach (var segment in segments) Append(segment);
        Close(nextStartsParagraph: true);
        MatchCount = _blocks.SelectMany(b => b.Segments).Select(s => s.Match + 1).DefaultIfEmpty(0).Max();
    }

    public IReadOnlyList<Block> Blocks => _blocks;

    /// <summary>Matches (or changes) numbered in the segments.</summary>
    public int MatchCount { get; }

    /// <summary>An article body with its query matches marked and numbered in reading order.</summary>
    public static RichText FromMarked(MarkedText text)
    {
        var segments = new List<Segment>();
        var at = 0;
        var ordered = text.Marks.Where(m => m.End > m.Start && m.Start >= 0 && m.End <= text.Text.Length).OrderBy(m => m.Start).ToList();
        var number = 0;
        foreach (var mark in ordered)
        {
            if (mark.Start < at) continue;
            if (mark.Start > at) segments.Add(new Segment(text.Text[at..mark.Start], Ink.Plain));
            segments.Add(new Segment(text.Text[mark.Start..mark.End], Ink.Match, number++));
            at = mark.End;
        }
        if (at < text.Text.Length) segments.Add(new Segment(text.Text[at..], Ink.Plain));
        return new RichText(segments);
    }

    private void Append(Segment segment)
    {
        var parts = segment.Text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) Close(nextStartsParagraph: true);
            AppendWithinParagraph(parts[i].TrimEnd('\r'), segment);
        }
    }

    /// <summary>Adds <paramref name="text"/> to the paragraph being filled, starting a new block (not a new paragraph) when it is full.</summary>
    private void AppendWithinParagraph(string text, Segment like)
    {
        var at = 0;
        while (at < text.Length)
        {
            var left = text.Length - at;
            var room = BlockChars - _currentLength;
            if (left <= room)
            {
                Add(like with { Text = at == 0 ? text : text[at..] });
                return;
            }
            // Cut at the last space that fits; a block that is one long word is cut where it is full.
            var cut = room <= 0 ? 0 : text.LastIndexOf(' ', at + room - 1, room) + 1 - at;
            if (cut <= 0 && _currentLength == 0) cut = room;
            if (cut > 0 && char.IsHighSurrogate(text[at + cut - 1])) cut--;
            if (cut > 0) Add(like with { Text = text.Substring(at, cut) });
            at += Math.Max(0, cut);
            Close(nextStartsParagraph: false);
        }
    }

    private void Add(Segment segment)
    {
        _current.Add(segment);
        _currentLength += segment.Text.Length;
    }

    /// <summary>Ends the block being filled; blank lines make no blocks of their own.</summary>
    private void Close(bool nextStartsParagraph)
    {
        if (_current.Any(s => !string.IsNullOrWhiteSpace(s.Text)))
        {
            _blocks.Add(new Block(_current, _startsParagraph));
            _startsParagraph = nextStartsParagraph;
        }
        else if (nextStartsParagraph) _startsParagraph = true;
        _current = [];
        _currentLength = 0;
    }
}
