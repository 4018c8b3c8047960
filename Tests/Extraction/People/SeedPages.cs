using SearchEngine.Indexing.Cleaning;

namespace SearchEngine.Tests.Extraction.People;

/// <summary>
/// The seed pages as the page cleaner should leave them: the furniture lines (captions, bylines, footers, legal notices,
/// the related-story list) are marked here by hand because <see cref="PageCleaner.Default"/> has no furniture rules yet.
/// When the rules land, <see cref="Load"/> becomes <c>ArticlePipeline.Default.Process(raw, out var page)</c> on the seed file,
/// and the expectations in <see cref="SeedPeopleTests"/> must still hold.
/// </summary>
internal static class SeedPages
{
    /// <summary>One hand-marked piece of furniture: lines starting with <paramref name="Prefix"/>, or everything from it on.</summary>
    private sealed record Furniture(string Prefix, LineKind Kind, bool ToEndOfPage = false);

    private sealed record Seed(string Title, Furniture[] Furniture);

    private static readonly Dictionary<string, Seed> Seeds = new()
    {
        ["000"] = new("North Korean troops in Ukraine raise fears of global escalation",
        [
            new("NewsNorth Korean troops", LineKind.RepeatedTitle),
            new("Will Kim Jong Un's soldiers", LineKind.Caption),
            new("Images source:", LineKind.Caption),
            new("Malwina Witkowska", LineKind.Byline),
            new("19 October 2024", LineKind.Dateline),
            new("© Daily Wrap", LineKind.Legal),
            new("·", LineKind.Widget),
            new("Downloading, reproduction", LineKind.Legal),
        ]),
        ["001"] = new("North Korean soldiers will join Russian forces today to fight alongside Putin on the frontline.",
        [
            new("October 23rd 2024", LineKind.Dateline),
            new("[This article has been trending", LineKind.Disclaimer),
            new("[Generative AI", LineKind.Disclaimer),
            new("0", LineKind.Widget),
        ]),
        ["002"] = new("North Korea sends troops to aid Russia’s war in Ukraine: Seoul",
        [
            new("Exit mobile version", LineKind.Widget),
        ]),
        ["003"] = new("Zelensky calls plans for 10,000 North Korean troops to fight for Russia ‘first step to world war’",
        [
            new("NewsPolitics", LineKind.Navigation),
            new("North Korea dictator Kim Jong Un sits inside", LineKind.Caption),
            new("pdfshareprint", LineKind.Widget),
            new("Editor in chief", LineKind.Footer),
        ]),
        ["004"] = new("Ukraine: First North Korean soldiers in combat",
        [
            new("SwedenLivingWorld", LineKind.Navigation),
            new("» Published:", LineKind.Dateline),
            new("Photo:", LineKind.Caption),
            new("Tags", LineKind.Widget),
            new("TTT", LineKind.Widget),
            new("By TT", LineKind.Byline),
            new("More news", LineKind.Related, ToEndOfPage: true),
        ]),
    };

    /// <param name="number">The seed's file-name prefix: "000" to "004".</param>
    public static CleanedPage Load(string number)
    {
        var seed = Seeds[number];
        var file = Directory.GetFiles(SeedDirectory(), $"{number}_*.txt").Single();
        var lines = PageSplitter.Split(File.ReadAllText(file));
        var kinds = new LineKind[lines.Count];
        var titleSeen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] == seed.Title)
            {
                kinds[i] = titleSeen ? LineKind.RepeatedTitle : LineKind.Title;
                titleSeen = true;
            }
            else if (seed.Furniture.FirstOrDefault(f => lines[i].StartsWith(f.Prefix, StringComparison.Ordinal)) is { } furniture)
            {
                var end = furniture.ToEndOfPage ? lines.Count : i + 1;
                for (var j = i; j < end; j++) kinds[j] = furniture.Kind;
                i = end - 1;
            }
        }
        return new CleanedPage(lines.Select((text, i) => new PageLine(i, text, kinds[i])).ToList());
    }

    private static string SeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds)) return seeds;
        }
        throw new DirectoryNotFoundException("no seeds folder above the test binaries");
    }
}
