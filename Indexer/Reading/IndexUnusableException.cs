using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchEngine.Indexing.Reading;

/// <summary>
/// An index folder that cannot be searched or updated: nothing published there (or not yet, while an indexer writes it),
/// a folder holding something else, written under another schema, or files that cannot be read. <see cref="Of"/> is the
/// one check both programs make, so each says the same and exits the same way.
/// </summary>
public sealed class IndexUnusableException(string root, string problem, Exception? cause = null) : Exception(problem, cause)
{
    /// <summary>The index folder, as a full path.</summary>
    public string Root { get; } = root;

    /// <summary>The sources the index records it was built from, when it is whole enough to say; null when unknown.</summary>
    public IReadOnlyList<string>? Sources { get; private init; }

    /// <summary>Nothing was ever published at <see cref="Root"/>: a first build, not a rebuild, is what it needs.</summary>
    public bool NothingPublished { get; private init; }

    /// <summary>Nothing is published at <see cref="Root"/> yet because an indexer is writing it: waiting is what it needs.</summary>
    public bool BeingWritten { get; private init; }

    /// <summary>The folder holds article files and no index: the sources were named where the index should be.</summary>
    public bool HoldsArticles { get; private init; }

    public static IndexUnusableException Articles(string root) =>
        new(root, $"{root} holds articles, not an index") { HoldsArticles = true };

    public static IndexUnusableException Missing(string root) => new(root, $"no index at {root}") { NothingPublished = true };

    public static IndexUnusableException Written(string root) =>
        new(root, $"an indexer is writing the index at {root}; try again when it finishes") { BeingWritten = true };

    /// <summary>The folder holds something, but no live generation: <paramref name="damage"/> says what is wrong.</summary>
    public static IndexUnusableException Damaged(string root, string damage) => new(root, $"cannot read the index at {root}: {damage}");

    /// <param name="sources">The sources the index records it was built from, if it does: the rebuild needs them again.</param>
    public static IndexUnusableException OtherSchema(string root, string version, int expected, IReadOnlyList<string>? sources) =>
        new(root, $"the index at {root} was built with schema version {version}, this program uses {expected}") { Sources = sources };

    /// <summary>
    /// What <paramref name="failure"/> says about the index at <paramref name="root"/>, or null when it is not about the
    /// index being unusable. A held lock is not: the index is fine and another process is writing it.
    /// </summary>
    public static IndexUnusableException? Of(Exception failure, string root) => failure switch
    {
        IndexUnusableException unusable => unusable,
        LockObtainFailedException => null,
        IndexNotFoundException or CorruptIndexException or IOException or UnauthorizedAccessException => Unreadable(root, failure),
        _ => null,
    };

    /// <summary>Runs a read of the index at <paramref name="root"/>, turning a failure that says it cannot be used into this exception.</summary>
    public static T Reading<T>(string root, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not IndexUnusableException && Of(e, root) is { } unusable)
        {
            throw unusable;
        }
    }

    private static IndexUnusableException Unreadable(string root, Exception failure)
    {
        var path = System.IO.Path.GetFullPath(root);
        return new(path, $"cannot read the index at {path}: {failure.Message}", failure);
    }
}
