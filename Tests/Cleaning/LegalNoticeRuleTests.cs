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
