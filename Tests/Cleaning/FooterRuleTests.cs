using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class FooterRuleTests
{
    [Theory]
    [InlineData("Editor in chief — Kirill Martynov. Terms of use. Privacy policy.")]
    [InlineData("By TTThis article has been altered and translated by Sweden Herald")]
    [InlineData("Published by Example Media")]
    public void Publisher_sign_off_is_a_footer(string line) =>
        Assert.Equal(LineKind.Footer, Lines.KindBy(new FooterRule(), line));

    [Fact]
    public void Closing_wire_signature_is_a_footer() =>
        Assert.Equal([LineKind.Body, LineKind.Footer], Lines.KindsBy(new FooterRule(), "The bank said the network would link 31 banks.", "Reuter"));

    [Fact]
    public void Book_translated_by_a_person_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new FooterRule(), "The novel was translated by Jane Doe into English and sold a million copies."));
}
