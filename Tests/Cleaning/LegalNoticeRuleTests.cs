using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class LegalNoticeRuleTests
{
    [Theory]
    [InlineData("© Daily Wrap")]
    [InlineData("Copyright 2024 Example Media. All rights reserved.")]
    [InlineData("Terms of use. Privacy policy.")]
    [InlineData("Downloading, reproduction, storage, or any other use of content available on this website requires prior and explicit consent from the owner of this website.")]
    [InlineData("(c) Indo-Asian News Service")]
    [InlineData("Copyright The Financial Times Limited 2008")]
    [InlineData("Â© The Vancouver Sun 2008")]
    [InlineData("Gulf Times Newspaper, 2008 ©")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("The BBC is not responsible for the content of external internet sites")]
    public void Copyright_and_legal_notice_is_legal(string line) =>
        Assert.Equal(LineKind.Legal, Lines.KindBy(new LegalNoticeRule(), line));

    [Fact]
    public void Copyright_line_going_on_to_the_terms_is_legal_however_long() =>
        Assert.Equal(LineKind.Legal, Lines.KindBy(new LegalNoticeRule(),
            "© Example Wire 2024. All rights reserved. Republication or redistribution of Example Wire content, including by caching, "
            + "framing or similar means, is expressly prohibited without the prior written consent of Example Wire. Example Wire shall "
            + "not be liable for any errors or delays in the content, or for any actions taken in reliance thereon."));

    [Fact]
    public void Notice_opening_with_the_reuse_it_forbids_is_legal() =>
        Assert.Equal(LineKind.Legal, Lines.KindBy(new LegalNoticeRule(), "Reproduction in whole or in part without permission is prohibited."));

    [Fact]
    public void Sentence_opening_with_a_reproduction_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new LegalNoticeRule(), "Reproduction of the mural took three years, and the museum said it was done with the painter's permission."));

    [Theory]
    [InlineData("The band said copyright law had not kept pace with downloading, and that reproduction of their songs without permission was common.")]
    [InlineData("Copyright holders welcomed the ruling on Tuesday.")]
    [InlineData("(C) - Sales made on exporters' own account.")]
    [InlineData("(c) The court may order a retrial.")]
    [InlineData("Copyright concerns")]
    [InlineData("Copyright Office Rejects AI Art")]
    public void Prose_about_copyright_is_body(string line) =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new LegalNoticeRule(), line));
}
