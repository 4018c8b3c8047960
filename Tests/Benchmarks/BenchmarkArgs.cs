namespace SearchEngine.Benchmarks;

/// <summary>Minimal <c>--name value</c> argument reader shared by the measurement commands.</summary>
public sealed class BenchmarkArgs(string[] args)
{
    public string? Get(string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Every value of an option that may be given more than once.</summary>
    public IReadOnlyList<string> GetAll(string name) =>
        Enumerable.Range(0, Math.Max(0, args.Length - 1)).Where(i => args[i] == name).Select(i => args[i + 1]).ToList();

    public string Require(string name) =>
        Get(name) ?? throw new ArgumentException($"missing {name}");

    public int GetInt(string name, int fallback) => Get(name) is { } v ? int.Parse(v) : fallback;

    public bool Has(string name) => args.Contains(name);
}
