using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class PlaceOrDateSurnameTests
{
    [Theory]
    [InlineData("Prime Minister Theresa May said the talks would go on.", "Theresa May")]
    [InlineData("The city's mayor Brian Boston opened the bridge.", "Brian Boston")]
    [InlineData("Coach Helen Winter praised her players.", "Helen Winter")]
    public void A_title_before_a_given_name_makes_a_place_or_month_after_it_a_surname(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Fact]
    public void A_rank_before_a_given_name_makes_a_place_after_it_a_surname() =>
        Assert.Equal(["Laura Perth"], PeopleIn("2. Laura Perth (Australia) 6.58"));

    [Theory]
    [InlineData("Crowds gathered in Grant Park on Saturday.")]
    [InlineData("The train left Victoria Station late.")]
    [InlineData("The orchestra played at Albert Hall in June.")]
    public void A_given_name_and_a_place_or_month_with_nothing_to_mark_a_person_are_no_name(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_plural_title_before_the_pair_may_name_a_side() =>
        Assert.Empty(PeopleIn("Defending champions Hertha Berlin lost at home."));

    [Theory]
    [InlineData("Payments go to Nova Scotia, Prince Edward Island and Quebec.")]
    [InlineData("The ferry sailed for the Queen Charlotte Islands.")]
    public void A_kind_of_land_or_water_after_a_title_and_a_given_name_ends_a_place_not_a_surname(string sentence) =>
        Assert.Empty(PeopleIn(sentence));
}
