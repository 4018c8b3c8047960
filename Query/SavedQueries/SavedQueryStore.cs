using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.SavedQueries;

/// <summary>
/// Saved queries kept in one indented JSON file that people can read and edit. Every change reads the file afresh and
/// replaces it atomically, so a crash never leaves half a file, under a lock on a file beside it, so two programs
/// changing it at once (two shells, the console and a script) never lose each other's change; a file that cannot be
/// read is reported and never overwritten, so a hand edit gone wrong loses nothing.
/// </summary>
public sealed class SavedQueryStore(string filePath)
{
    /// <summary>The file format version this code reads and writes.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // A key written twice (two "queries" lists pasted together) would keep one and lose the other on the next save.
        AllowDuplicateProperties = false,
        Converters =
        {
            new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
            new OneLineStringListConverter(),
            new FacetFiltersJson(),
        },
    };

    public string FilePath { get; } = Path.GetFullPath(filePath);

    /// <summary>The file every change locks, beside the saved queries: kept, since removing a lock file races its next taker.</summary>
    public string LockPath => Path.Combine(Path.GetDirectoryName(FilePath)!, $".{Path.GetFileName(FilePath)}.lock");

    /// <summary>All saved queries in file order; empty when the file does not exist yet.</summary>
    /// <summary>Saved queries written as this file holds them, for <c>query saved list --format json</c>.</summary>
    public static string ToJson(IReadOnlyList<SavedQuery> queries) =>
        JsonSerializer.Serialize(new SavedQueriesFile(FormatVersion, queries), JsonOptions) + "\n";

    public IReadOnlyList<SavedQuery> Load()
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(FilePath))
                throw new SavedQueryFileException(FilePath, $"cannot read saved queries from {FilePath}: it is a folder, not a file");
            bytes = File.ReadAllBytes(FilePath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && FileAmongParents() is null)
        {
            return [];
        }
        catch (DirectoryNotFoundException e)
        {
            throw new SavedQueryFileException(FilePath, $"cannot read saved queries from {FilePath}: {FileAmongParents()} is a file, not a folder", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SavedQueryFileException(FilePath, $"cannot read saved queries from {FilePath}: {e.Message}", e);
        }
        return Parse(bytes);
    }

    /// <summary>The nearest folder on the path that is a file instead, which makes the path impossible; null when there is none.</summary>
    private string? FileAmongParents()
    {
        for (var folder = Path.GetDirectoryName(FilePath); folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(folder)) return folder;
        return null;
    }

    public SavedQuery Get(string name) =>
        Load().FirstOrDefault(q => SavedQueryName.Comparer.Equals(q.Name, name))
        ?? throw new SavedQueryNotFoundException(name);

    /// <summary>Adds <paramref name="query"/>; one with the same name is an error unless <paramref name="replace"/>, which also forgets its last run.</summary>
    public void Add(SavedQuery query, bool replace = false)
    {
        SavedQueryName.EnsureValid(query.Name);
        Change(queries =>
        {
            var existing = queries.FindIndex(q => SavedQueryName.Comparer.Equals(q.Name, query.Name));
            if (existing < 0) queries.Add(query);
            else if (replace) queries[existing] = query;
            else throw new SavedQueryExistsException(queries[existing].Name);
        });
    }

    /// <summary>Removes the query called <paramref name="name"/> (in any case) and returns its name as it was stored.</summary>
    public string Remove(string name)
    {
        var removed = name;
        Change(queries =>
        {
            var index = queries.FindIndex(q => SavedQueryName.Comparer.Equals(q.Name, name));
            if (index < 0) throw new SavedQueryNotFoundException(name);
            removed = queries[index].Name;
            queries.RemoveAt(index);
        });
        return removed;
    }

    /// <summary>Remembers <paramref name="run"/> as the last run of the query called <paramref name="name"/>.</summary>
    public void RecordRun(string name, SavedQueryRun run)
    {
        Change(queries =>
        {
            var index = queries.FindIndex(q => SavedQueryName.Comparer.Equals(q.Name, name));
            if (index < 0) throw new SavedQueryNotFoundException(name);
            queries[index] = queries[index] with
            {
                LastRun = run with { HitIds = run.HitIds.Take(SavedQueryRun.MaxHitIds).ToList() },
            };
        });
    }

    /// <summary>
    /// Adds <paramref name="hits"/> to the hits the last run of the query called <paramref name="name"/> showed: a run's
    /// list shown further down (the console loads more as the user scrolls) has shown them too. Nothing is added when the
    /// query has no last run any more (replaced since), as the hits were those of what it was.
    /// </summary>
    public void RecordShown(string name, IReadOnlyList<SearchHit> hits)
    {
        Change(queries =>
        {
            var index = queries.FindIndex(q => SavedQueryName.Comparer.Equals(q.Name, name));
            if (index < 0) throw new SavedQueryNotFoundException(name);
            if (queries[index].LastRun is { } last)
                queries[index] = queries[index] with { LastRun = last with { HitIds = NewHits.SeenAfter(hits, last) } };
        });
    }

    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(15);

    /// <summary>Reads the queries, lets <paramref name="change"/> edit them and writes them back, all under the change lock.</summary>
    private void Change(Action<List<SavedQuery>> change)
    {
        using var held = Lock();
        var queries = Load().ToList();
        change(queries);
        Write(queries);
    }

    /// <summary>
    /// The change lock: a file beside the saved queries opened for this process alone. Another process holding it is
    /// waited for, a few seconds at most.
    /// </summary>
    private FileStream Lock()
    {
        var folder = Path.GetDirectoryName(FilePath)!;
        var path = LockPath;
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            Directory.CreateDirectory(folder);
            while (true)
            {
                try
                {
                    return new FileStream(path, options);
                }
                catch (IOException) when (File.Exists(path) && waited.Elapsed < LockWait)
                {
                    Thread.Sleep(LockRetry);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SavedQueryFileException(FilePath, $"cannot change saved queries in {FilePath}: {e.Message}", e);
        }
    }

    private IReadOnlyList<SavedQuery> Parse(byte[] bytes)
    {
        // Editors on some systems start a UTF-8 file with a byte-order mark; JSON readers here do not expect one.
        if (bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble)) bytes = bytes[3..];
        // An empty file (": > saved-queries.json" is how a shell empties one) holds no saved queries, not a damaged list:
        // this store never leaves one (it writes by rename), and with nothing in it a later write has nothing to lose.
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty) return [];
        try
        {
            // Read the version before the shape, so a file from a newer version gets a message about versions.
            using (var document = JsonDocument.Parse(bytes))
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                    throw Invalid($"expected a JSON object at the top, found {root.ValueKind}");
                if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
                    throw Invalid("it has no numeric \"version\" field");
                if (number != FormatVersion)
                    throw Invalid($"it is format version {number}; this version of query reads version {FormatVersion}");
            }
            var file = JsonSerializer.Deserialize<SavedQueriesFile>(bytes, JsonOptions)!;
            CheckNames(file.Queries);
            return file.Queries;
        }
        catch (JsonException e)
        {
            throw Invalid(SavedQueryFileWording.Describe(e, index => NameAt(bytes, index)), e);
        }
    }

    /// <summary>The name of the query at <paramref name="index"/> in the file, when that entry names itself in text.</summary>
    private static string? NameAt(byte[] bytes, int index)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.TryGetProperty("queries", out var queries) && queries.ValueKind == JsonValueKind.Array
                   && index < queries.GetArrayLength() && queries[index] is { ValueKind: JsonValueKind.Object } entry
                   && entry.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void CheckNames(IReadOnlyList<SavedQuery> queries)
    {
        var seen = new HashSet<string>(SavedQueryName.Comparer);
        foreach (var (query, number) in queries.Select((q, i) => (q, i + 1)))
        {
            // The serializer lets null through as a list item, whatever the annotations say.
            if (query is null) throw Invalid($"saved query {number} is null, not a query");
            if (SavedQueryName.Problem(query.Name) is { } problem) throw Invalid(problem);
            if (!seen.Add(query.Name)) throw Invalid($"the name '{query.Name}' is used twice");
        }
    }

    private SavedQueryFileException Invalid(string problem, Exception? inner = null) =>
        new(FilePath, $"cannot use saved queries file {FilePath}: {problem}. Fix or move the file; it has not been changed", inner);

    /// <summary>Writes a temporary file next to the target, flushes it to disk, then renames it over the target.</summary>
    private void Write(IReadOnlyList<SavedQuery> queries)
    {
        // A link to the file (kept in a synced folder, say) stays a link: the file it points to is the one replaced.
        var file = new FileInfo(FilePath);
        var target = file.LinkTarget is null ? FilePath : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? FilePath;
        var folder = Path.GetDirectoryName(target)!;
        var existing = new FileInfo(target);
        // The rename below needs only the folder's permission, so it would replace a file its owner made read-only.
        if (existing.Exists && existing.IsReadOnly)
        {
            throw new SavedQueryFileException(
                FilePath, $"cannot change saved queries in {FilePath}: the file is read-only. Make it writable to save changes; it has not been changed");
        }
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temp, CreateOptions()))
            {
                // A file shared on purpose (readable by a group, say) stays so when replaced; a new one stays private.
                if (existing.Exists && !OperatingSystem.IsWindows()) File.SetUnixFileMode(stream.SafeFileHandle, existing.UnixFileMode);
                JsonSerializer.Serialize(stream, new SavedQueriesFile(FormatVersion, queries), JsonOptions);
                stream.WriteByte((byte)'\n');
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            // The temporary file's name means nothing to the user; the folder it was to be made in does.
            var reason = e is UnauthorizedAccessException
                ? $"the folder {folder} does not allow new files in it (the file is replaced by a new one written beside it)"
                : e.Message.Replace(temp, folder, StringComparison.Ordinal);
            throw new SavedQueryFileException(FilePath, $"cannot write saved queries to {FilePath}: {reason}", e);
        }
    }

    /// <summary>Saved queries can reveal what someone investigates, so a new file is private to its owner.</summary>
    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* best effort; the target is untouched either way */ }
    }

    /// <summary>Keeps lists such as the ten thousand hit ids of a run on one line, so the rest of the file stays readable.</summary>
    private sealed class OneLineStringListConverter : JsonConverter<IReadOnlyList<string>>
    {
        private static readonly JsonSerializerOptions OneLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <summary>Read here rather than by a nested deserializer, which would report a wrong item at the file's top ("$").</summary>
        public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // Thrown without a message, the serializer words it with the field's path.
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException();
            var items = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                items.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("each of its items must be text in quotes"));
            return items;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
            writer.WriteRawValue(JsonSerializer.Serialize(value, OneLine), skipInputValidation: true);
    }

    private sealed record SavedQueriesFile(int Version, IReadOnlyList<SavedQuery> Queries);
}
