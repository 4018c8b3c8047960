namespace SearchEngine.Querying.Search.Highlight;

/// <summary>
/// A match of one part of the query in a text: [Start, End) UTF-16 offsets. A part is what counts once when judging
/// how much of the query a fragment holds: a word, a whole phrase, or a pattern.
/// </summary>
internal readonly record struct TermHit(int Start, int End, int Part);
