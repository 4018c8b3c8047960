namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// Queries run in this and earlier sessions, oldest first, one a line in a small file: the same query twice is kept
/// once (at its latest use), and only the latest <see cref="Capacity"/> are kept. History is a convenience, so a file
/// that cannot be read or written is reported once and otherwise ignored.
/// </summary>
public sealed class QueryHistory
{
    public const int Capacity = 500;

    private readonly List<string> _entries = [];

    public QueryHistory(string filePath)
    {
        FilePath = filePath;
        try
        {
            if (File.Exists(filePath)) _entries.AddRange(Distinct(File.ReadAllLines(filePath)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem = $"cannot read query history {filePath}: {e.Message}";
        }
    }

    public string FilePath { get; }

    public IReadOnlyList<string> Entries => _entries;

    /// <summary>The last failure to read or write the file, if any.</summary>
    public string? Problem { get; private set; }

    /// <summary>Remembers <paramref name="query"/> as the latest; blank queries are not worth remembering.</summary>
    public void Add(string query)
    {
        var line = OneLine(query);
        if (line.Length == 0 || (_entries.Count > 0 && _entries[^1] == line)) return;
        _entries.Remove(line);
        _entries.Add(line);
        if (_entries.Count > Capacity) _entries.RemoveRange(0, _entries.Count - Capacity);
        Save();
    }

    /// <summary>Entries containing <paramref name="text"/> (any case), latest first: what Ctrl+R offers.</summary>
    public IReadOnlyList<string> Matching(string text) =>
        [.. _entries.AsEnumerable().Reverse().Where(e => e.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase))];

    private void Save()
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(FilePath))!;
        var temp = Path.Combine(folder, $".history.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            // Queries can reveal what someone investigates: the file is private to its owner.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var writer = new StreamWriter(temp, new System.Text.UTF8Encoding(false), options))
                foreach (var entry in _entries) writer.WriteLine(entry);
            File.Move(temp, FilePath, overwrite: true);
            Problem = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem = $"cannot write query history {FilePath}: {e.Message}";
            try { File.Delete(temp); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { /* the target is untouched either way */ }
        }
    }

    private static string OneLine(string query) => string.Join(' ', query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Later duplicates win, so a hand-edited file still has each query once, at its latest place.</summary>
    private static IEnumerable<string> Distinct(IEnumerable<string> lines)
    {
        var kept = lines.Select(OneLine).Where(l => l.Length > 0).ToList();
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < kept.Count; i++) last[kept[i]] = i;
        return kept.Where((line, i) => last[line] == i).TakeLast(Capacity);
    }
}

/// <summary>Up and Down in the query bar: older and newer queries from history, then back to what was being typed.</summary>
public sealed class HistoryCursor(QueryHistory history)
{
    private int _position = -1;
    private string _draft = "";

    /// <summary>True while showing an entry from history rather than the user's own text.</summary>
    public bool IsBrowsing => _position >= 0;

    /// <summary>The next older entry, or null at the oldest.</summary>
    public string? Older(string current)
    {
        var entries = history.Entries;
        if (entries.Count == 0) return null;
        if (_position < 0)
        {
            _draft = current;
            _position = entries.Count;
        }
        if (_position == 0) return null;
        _position--;
        return entries[_position];
    }

    /// <summary>The next newer entry, the draft after the newest, or null when not browsing.</summary>
    public string? Newer()
    {
        if (_position < 0) return null;
        _position++;
        if (_position < history.Entries.Count) return history.Entries[_position];
        _position = -1;
        return _draft;
    }

    /// <summary>The user typed: browsing ends where it is.</summary>
    public void Reset() => _position = -1;
}
