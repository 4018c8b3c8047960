using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class TrademarkTests
{
    [Theory]
    [InlineData("Shoppers chose Owen Glider® for its battery.")]
    [InlineData("Shoppers chose Owen Glider™ for its battery.")]
    [InlineData("Shoppers chose Owen Glider(R) for its battery.")]
    [InlineData("Shoppers chose Owen Glider (TM) for its battery.")]
    public void A_run_with_a_trademark_sign_after_it_names_a_product_not_a_person(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_name_the_article_writes_after_the_with_a_model_number_is_a_product_throughout() =>
        Assert.Empty(PeopleIn("Owen Glider 16 is the best budget laptop.", "Who should buy the Owen Glider 16?"));

    [Fact]
    public void The_same_run_without_a_trademark_sign_is_still_a_person() =>
        Assert.Equal(["Owen Glider"], PeopleIn("Shoppers chose Owen Glider for its battery."));

    [Fact]
    public void A_party_letter_in_brackets_after_a_space_is_no_trademark_sign() =>
        Assert.Equal(["Owen Glider"], PeopleIn("Senator Owen Glider (R) voted no."));

    [Fact]
    public void A_bracketed_letter_after_a_name_other_than_the_trademark_is_no_sign() =>
        Assert.Equal(["Owen Glider"], PeopleIn("Senator Owen Glider (D) voted no."));
}
