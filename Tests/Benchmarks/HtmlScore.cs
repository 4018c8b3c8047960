using System.Text.Json;

namespace SearchEngine.Benchmarks;

/// <summary>One labelled page of html-dev's <c>gold.jsonl</c>; <paramref name="Position"/> is its 0-based line.</summary>
internal sealed record GoldPage(int Position, string Id, string Source, string? Url, string Body, string? Title, string? Date, string? Author)
{
    public static List<GoldPage> Load(string path) => File.ReadLines(path).Where(l => l.Trim().Length > 0).Select((line, i) =>
    {
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        // Blank counts as absent, as score.py's `if g.get(...)` does; a list of authors is joined as it joins one.
        string? S(string name) => r.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Select(e => e.ToString()).Where(s => s.Length > 0)) is { Length: > 0 } s ? s : null,
            _ => null,
        } : null;
        return new GoldPage(i, S("id")!, S("source_dataset")!, S("url"), S("body") ?? "", S("title"), S("date"), S("author"));
    }).ToList();
}

/// <summary>What one system extracted from a page, as score.py reads it; <paramref name="Status"/> says why it may be empty.</summary>
internal sealed record Prediction(string Body, string? Title, string? Date, string? Author, string Status = "ok")
{
    public static Prediction Empty(string status) => new("", null, null, null, status);
}

/// <summary>One page's verdicts. Metadata verdicts are null where the gold has no such field.</summary>
internal sealed record PageScore(GoldPage Gold, Prediction Prediction, double Tp, double Fp, double Fn, bool Exact,
    bool? TitleOk, double TitleF1, bool? DateOk, bool DateOffByOne, bool? AuthorOk, bool AuthorOverlap)
{
    public bool Predicted => Tp + Fp > 0;
    public bool HasGold => Tp + Fn > 0;
    public double? Precision => Predicted ? HtmlScore.PagePrecision(Tp, Fp, Fn) : null;
    public double? Recall => HasGold ? HtmlScore.PageRecall(Tp, Fp, Fn) : null;
    public double F1 => Precision is { } p and not 0 && Recall is { } r and not 0 ? 2 * p * r / (p + r) : 0;
}

internal sealed record BodySummary(double F1, double Precision, double Recall, double Accuracy, int Empty);

internal sealed record MetaSummary(int Titles, double? TitleExact, double? TitleTokenF1, int Dates, double? DateRight, int DateOffByOne,
    int Authors, double? AuthorRight, double? AuthorOverlap);

/// <summary>
/// The html-dev corpus's <c>score.py</c> in C#, function for function, same arithmetic in the same order so the
/// figures print the same: body = 4-token shingle multisets per page, TP/FP/FN over their sum; metadata per field.
/// </summary>
internal static class HtmlScore
{
    public static PageScore Score(GoldPage gold, Prediction p)
    {
        var goldWords = PythonText.Words(gold.Body);
        var predWords = PythonText.Words(p.Body);
        var (tp, fp, fn) = PageCounts(goldWords, predWords);

        bool? titleOk = null, dateOk = null, authorOk = null;
        double titleF1 = 0;
        bool offByOne = false, overlap = false;
        if (gold.Title is not null)
        {
            titleOk = PythonText.NormText(gold.Title) == PythonText.NormText(p.Title);
            titleF1 = TokenF1(gold.Title, p.Title);
        }
        if (gold.Date is not null)
        {
            var day = PythonText.DayOf(p.Date);
            dateOk = day == gold.Date;
            offByOne = day is not null && PythonText.DaysApart(day, gold.Date) == 1;
        }
        if (gold.Author is not null)
        {
            var g = PythonText.AuthorSet(gold.Author);
            var a = PythonText.AuthorSet(p.Author);
            authorOk = g.Count > 0 && g.SetEquals(a);
            overlap = g.Overlaps(a);
        }
        return new PageScore(gold, p, tp, fp, fn, goldWords.SequenceEqual(predWords, StringComparer.Ordinal),
            titleOk, titleF1, dateOk, offByOne, authorOk, overlap);
    }

    /// <summary>Overlapping 4-token shingles as a multiset; a text shorter than 4 tokens is one shingle.</summary>
    private static Dictionary<string, int> Shingles(List<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, words.Count - 3) && words.Count > 0; i++)
        {
            // Words hold only word characters, so a space cannot join two different shingles into one key.
            var key = string.Join(' ', words.GetRange(i, Math.Min(4, words.Count - i)));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    private static (double Tp, double Fp, double Fn) PageCounts(List<string> gold, List<string> predicted)
    {
        var g = Shingles(gold);
        var p = Shingles(predicted);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (key, n) in p)
        {
            var m = g.GetValueOrDefault(key);
            tp += Math.Min(n, m);
            fp += Math.Max(0, n - m);
        }
        foreach (var (key, m) in g) fn += Math.Max(0, m - p.GetValueOrDefault(key));
        double total = tp + fp + fn;
        return total == 0 ? (0, 0, 0) : (tp / total, fp / total, fn / total);
    }

    public static double PagePrecision(double tp, double fp, double fn) => fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);

    public static double PageRecall(double tp, double fp, double fn) => fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);

    /// <summary>P averaged over pages that predicted anything, R over pages with gold text, F1 their harmonic mean.</summary>
    public static BodySummary Summarise(IReadOnlyList<PageScore> pages)
    {
        var p = Mean(pages.Where(s => s.Predicted).Select(s => s.Precision!.Value)) ?? 0;
        var r = Mean(pages.Where(s => s.HasGold).Select(s => s.Recall!.Value)) ?? 0;
        return new BodySummary(p + r > 0 ? 2 * p * r / (p + r) : 0, p, r, Mean(pages.Select(s => s.Exact ? 1.0 : 0.0)) ?? 0,
            pages.Count(s => !s.Predicted));
    }

    public static MetaSummary Metadata(IReadOnlyList<PageScore> pages)
    {
        var titles = pages.Where(s => s.TitleOk is not null).ToList();
        var dates = pages.Where(s => s.DateOk is not null).ToList();
        var authors = pages.Where(s => s.AuthorOk is not null).ToList();
        return new MetaSummary(
            titles.Count, Share(titles, s => s.TitleOk!.Value), Mean(titles.Select(s => s.TitleF1)),
            dates.Count, Share(dates, s => s.DateOk!.Value), dates.Count(s => s.DateOffByOne),
            authors.Count, Share(authors, s => s.AuthorOk!.Value), Share(authors, s => s.AuthorOverlap));
    }

    /// <summary>Python's <c>sum(values) / len(values)</c>: added left to right (3.11 has no compensated sum), null if none.</summary>
    private static double? Mean(IEnumerable<double> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in values) { sum += v; count++; }
        return count == 0 ? null : sum / count;
    }

    private static double? Share(List<PageScore> pages, Func<PageScore, bool> ok) =>
        pages.Count == 0 ? null : (double)pages.Count(ok) / pages.Count;

    /// <summary><c>token_f1</c>: the F1 of the normalised word multisets.</summary>
    private static double TokenF1(string gold, string? predicted)
    {
        var g = Counts(PythonText.NormText(gold));
        var p = Counts(PythonText.NormText(predicted));
        var common = g.Sum(kv => Math.Min(kv.Value, p.GetValueOrDefault(kv.Key)));
        if (g.Count == 0 || p.Count == 0 || common == 0) return 0;
        double pr = (double)common / p.Values.Sum(), rc = (double)common / g.Values.Sum();
        return 2 * pr * rc / (pr + rc);
    }

    private static Dictionary<string, int> Counts(string normalised) => normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
