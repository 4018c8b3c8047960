using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class CreditLineRuleTests
{
    [Theory]
    [InlineData("Images source: © Getty Images | Anadolu")]
    [InlineData("Photo: Alexander Zemlianichenko/Officiell pool via AP/TT")]
    [InlineData("North Korea dictator Kim Jong Un sits inside a battle tank during a training competition, 13 March 2024. Photo: EPA-EFE / KCNA")]
    [InlineData("© Getty Images")]
    [InlineData("Rescue workers at the scene (Photo by Jane Doe/Reuters)")]
    public void Photo_credit_or_captioned_credit_is_a_caption(string line) =>
        Assert.Equal(LineKind.Caption, Lines.KindBy(new CreditLineRule(), line));

    [Theory]
    [InlineData("He posed for photos with his troops at the base, and the photo was later published by state media.")]
    [InlineData("Photographers gathered outside the court as the verdict was read.")]
    [InlineData("The image showed what the picture editor called: a turning point in the war, and the paper ran it on page one.")]
    public void Prose_about_photos_is_body(string line) =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new CreditLineRule(), line));
}
