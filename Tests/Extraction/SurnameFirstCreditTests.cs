using SearchEngine.Indexing.Extraction;

namespace SearchEngine.Tests.Extraction;

public class SurnameFirstCreditTests
{
    [Fact]
    public void A_surname_in_capitals_before_a_comma_comes_after_the_given_name() =>
        Assert.Equal("Simon Cox", SurnameFirstCredit.Reordered("COX, Simon"));

    [Fact]
    public void A_surname_in_capitals_without_a_comma_comes_after_the_given_name() =>
        Assert.Equal("Simon Cox", SurnameFirstCredit.Reordered("COX Simon"));

    [Fact]
    public void A_surname_in_mixed_case_before_a_comma_comes_after_the_given_name() =>
        Assert.Equal("Jennifer Huberty", SurnameFirstCredit.Reordered("Huberty, Jennifer"));

    [Fact]
    public void An_east_asian_family_name_in_capitals_keeps_its_place() =>
        Assert.Null(SurnameFirstCredit.Reordered("KIM Jong-un"));

    [Theory]
    [InlineData("Jane Doe")]
    [InlineData("Jane, Simon")]
    [InlineData("CBC Sports")]
    [InlineData("Doe, Reuters")]
    public void A_credit_that_gives_no_surname_first_is_not_reordered(string credit) =>
        Assert.Null(SurnameFirstCredit.Reordered(credit));
}
