using CsCheck;

namespace SearchEngine.Tests.Properties;

/// <summary>
/// Runs a property over a fixed number of cases drawn from a fixed seed, so every run of the test command checks the same
/// cases in bounded time, and a failing case is reported with the seed and case number that bring it back.
/// </summary>
/// <remarks>
/// CsCheck, for its generators: C# from the ground up (FsCheck brings the F# runtime and its Arbitrary classes), with
/// composable generators for strings, bytes and recursive shapes; SharpFuzz needs AFL or libFuzzer running outside
/// the test command. CsCheck's own <c>Check.Sample</c> seeds only its first case, so the cases are drawn here.
/// </remarks>
internal static class PropertyRun
{
    public static void ForAll<T>(Gen<T> gen, int cases, ulong seed, Action<T> property, Func<T, string>? show = null)
    {
        var random = new PCG(1, seed);
        for (var i = 0; i < cases; i++)
        {
            var value = gen.Generate(random, null, out _);
            try
            {
                property(value);
            }
            catch (Exception e)
            {
                throw new PropertyFailedException($"case {i} of {cases} from seed {seed} fails on {Shorten(show?.Invoke(value) ?? value?.ToString() ?? "null")}", e);
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + $"… ({text.Length:N0} characters)";
}

public sealed class PropertyFailedException(string message, Exception inner) : Exception($"{message}: {inner.Message}", inner);
