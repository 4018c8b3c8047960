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
    public void Copyright_and_legal_notice_is_legal(string line) =>
        Assert.Equal(LineKind.Legal, Lines.KindBy(new LegalNoticeRule(), line));

    [Theory]
    [InlineData("The band said copyright law had not kept pace with downloading, and that reproduction of their songs without permission was common.")]
    [InlineData("Copyright holders welcomed the ruling on Tuesday.")]
    [InlineData("(C) - Sales made on exporters' own account.")]
    public void Prose_about_copyright_is_body(string line) =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new LegalNoticeRule(), line));
}
