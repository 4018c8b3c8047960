namespace SearchEngine.Querying.SavedQueries;

/// <summary>A saved-query operation that cannot be done; the message is meant for the user.</summary>
public class SavedQueryException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The saved-queries file cannot be read, parsed or written. It is left as it is.</summary>
public sealed class SavedQueryFileException(string path, string message, Exception? inner = null)
    : SavedQueryException(message, inner)
{
    public string FilePath { get; } = path;
}

public sealed class SavedQueryNotFoundException(string name)
    : SavedQueryException($"no saved query named '{name}'")
{
    public string Name { get; } = name;
}

public sealed class SavedQueryExistsException(string name)
    : SavedQueryException($"a saved query named '{name}' already exists")
{
    public string Name { get; } = name;
}

public sealed class InvalidSavedQueryNameException(string message) : SavedQueryException(message);
