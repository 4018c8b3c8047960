using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class ContactLineRuleTests
{
    [Theory]
    [InlineData("Jane Doe can be reached at jdoe@example.com.")]
    [InlineData("Jane Doe is a reporter for the Evening Paper. She may be reached at jdoe@example.com.")]
    [InlineData("To contact the reporter on this story: Jane Doe in Paris at jdoe@example.com")]
    [InlineData("Write to Jane Doe at jane.doe@example.com and John Roe at john.roe@example.com")]
    [InlineData("— Contact staff writer Jane Doe at 555-0100 or jdoe@example.com.")]
    public void Line_offering_an_address_to_reach_the_writer_is_a_contact_line(string line) =>
        Assert.Equal(LineKind.Contact, Lines.KindBy(new ContactLineRule(), line));

    [Fact]
    public void Sentence_quoting_an_address_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new ContactLineRule(), "The council said residents should email roads@example.gov with reports of potholes."));

    [Fact]
    public void Offer_to_be_reached_with_no_address_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new ContactLineRule(), "The mayor said she can be reached at any hour by the families."));
}
