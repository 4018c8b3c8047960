namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// How much of a text is found in the union of several earlier texts (a wire story's takes, leads and substitutes),
/// from MinHash signatures alone. The union's signature is the element-wise minimum of its members' signatures. For
/// each hash function the least shingle of text ∪ union lies in the text exactly when the text's value is at most the
/// union's, and it is shared exactly when the two are equal; so equal / at-most estimates |text ∩ union| / |text|
/// without estimating either set's size.
/// </summary>
public static class UnionContainment
{
    /// <summary>Lowers <paramref name="union"/> to the element-wise minimum with <paramref name="member"/>.</summary>
    public static void Add(Span<uint> union, ReadOnlySpan<uint> member)
    {
        if (union.Length != member.Length)
            throw new ArgumentException($"signatures of {union.Length} and {member.Length} values cannot be combined");
        for (var i = 0; i < union.Length; i++)
            if (member[i] < union[i]) union[i] = member[i];
    }

    /// <summary>The estimated share of <paramref name="text"/>'s shingles found in the texts <paramref name="union"/> combines.</summary>
    public static double Estimate(ReadOnlySpan<uint> text, ReadOnlySpan<uint> union)
    {
        if (text.Length != union.Length)
            throw new ArgumentException($"signatures of {text.Length} and {union.Length} values cannot be compared");
        int shared = 0, inText = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > union[i]) continue;
            inText++;
            if (text[i] == union[i]) shared++;
        }
        return inText == 0 ? 0 : (double)shared / inText;
    }
}
