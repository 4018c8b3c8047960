using SearchEngine.Indexing.Cleaning;

namespace SearchEngine.Tests.Cleaning;

/// <summary>Builds a page from lines (one paragraph each) and reports what the rules made of each line.</summary>
internal static class Lines
{
    public static string Page(params string[] lines) => string.Join("\n\n", lines);

    public static IReadOnlyList<LineKind> Kinds(PageCleaner cleaner, params string[] lines) =>
        cleaner.Clean(Page(lines), null).Lines.Select(l => l.Kind).ToList();

    public static IReadOnlyList<LineKind> KindsBy(IPageRule rule, params string[] lines) => Kinds(new PageCleaner([rule]), lines);

    public static LineKind KindBy(IPageRule rule, string line) => KindsBy(rule, line).Single();

    public static IReadOnlyList<LineKind> KindsByDefault(params string[] lines) => Kinds(PageCleaner.Default, lines);
}
