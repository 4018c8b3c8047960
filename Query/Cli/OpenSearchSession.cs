using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli;

/// <summary>Opens a search session over the index folder at the given path.</summary>
public delegate ISearchSession OpenSearchSession(string indexDirectory);
