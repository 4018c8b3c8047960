using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class OneWordPeopleTests
{
    [Theory]
    [InlineData("King Birendra left Nepal on Friday for a visit to China.", "Birendra")]
    [InlineData("In Jakarta, Tsang will meet President Suharto on Monday.", "Suharto")]
    [InlineData("The goal was scored by striker Ronaldo after ten minutes.", "Ronaldo")]
    [InlineData("Masood's spokesman Amrollah said the talks would go on.", "Amrollah")]
    public void A_single_name_with_a_title_or_role_of_its_own_is_a_person(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Fact]
    public void A_one_word_mention_merges_into_the_full_name_the_article_gives() =>
        Assert.Equal(["Rafik Hariri"], PeopleIn("Rafik Hariri won his seat.", "Prime Minister Hariri said the vote was fair."));

    [Fact]
    public void One_word_people_come_in_order_of_first_mention_among_full_names() =>
        Assert.Equal(["Suharto", "Ali Alatas"], PeopleIn("President Suharto met foreign minister Ali Alatas on Monday."));

    [Theory]
    [InlineData("Amoco says it is in talks over Yemen oil acreage.")]
    [InlineData("The evening newspaper Resalat reported the hangings.")]
    [InlineData("Hamiti told Reuters the manuscript was lost.")]
    public void A_single_word_with_only_a_speech_verb_is_not_a_person(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("Unbeaten in four matches, they still trail leaders Lens by one point.")]
    [InlineData("Shares in publisher Bloomsbury rose.")]
    [InlineData("Major League Baseball")]
    [InlineData("Anti-Corruption Chief Investigated for Embezzlement")]
    [InlineData("The film won an award from the Screen Actors Guild.")]
    [InlineData("Labour won the General Election in 1997.")]
    public void A_single_word_after_a_plural_or_firm_role_or_in_a_headline_is_not_a_person(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_role_after_the_comma_describes_the_single_name_before_it() =>
        Assert.Equal(["Diana"], PeopleIn("Diana, Princess of Wales, died in Paris."));

    [Theory]
    [InlineData("Secondly, the researchers measured the flow.")]
    [InlineData("Startups, researchers and banks can now test ideas.")]
    [InlineData("Eventually, the judge ruled against him.")]
    public void A_plural_role_or_a_new_clause_after_a_comma_describes_no_one(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void An_honorific_after_a_comma_opens_another_name() =>
        Assert.Equal(["Hume"], PeopleIn("Clearly, Mr. Hume was not ready to pay."));

    [Fact]
    public void A_role_before_a_speech_verb_is_the_subject_of_a_new_clause() =>
        Assert.Empty(PeopleIn("The ship ran aground off the coast of Brindle, a spokesman said."));

    [Fact]
    public void A_role_of_three_words_before_a_speech_verb_is_the_subject_of_a_new_clause() =>
        Assert.Empty(PeopleIn("The cargo will be shipped from Brindle, a port spokesman told reporters."));

    [Fact]
    public void A_word_after_a_title_in_a_firms_name_is_the_firm_named_again() =>
        Assert.Empty(PeopleIn("General Brindle Corp said it won the order.", "General Brindle will build the machines."));

    [Fact]
    public void A_title_after_an_organisation_word_is_an_office_not_the_start_of_a_firms_name() =>
        Assert.Equal(["Brindle"], PeopleIn("Energy Minister Brindle opened the meeting."));

    [Fact]
    public void A_role_after_a_field_of_business_names_a_firm_by_one_word() =>
        Assert.Empty(PeopleIn("The deal leaves market leader Brindle with half the sales."));

    [Fact]
    public void The_last_word_of_an_infirmarys_name_is_not_a_person() =>
        Assert.Empty(PeopleIn("The boy was taken to Pinderfields General Infirmary, where he died."));

    [Fact]
    public void A_role_before_a_name_introduces_that_name_not_the_word_before_the_comma() =>
        Assert.Equal(["Don Garber"], PeopleIn("The players wrote to Major League Soccer, commissioner Don Garber said."));

    [Fact]
    public void A_title_of_several_words_before_a_name_opens_a_clause_not_a_description() =>
        Assert.Equal(["Ravi Menon"], PeopleIn("After the landslide in Kerala, Chief Minister Ravi Menon thanked the rescuers."));

    [Fact]
    public void A_short_word_in_capitals_before_a_name_is_an_acronym_not_a_title() =>
        Assert.Empty(PeopleIn("The crew of the tanker LT Marisa were rescued."));

    [Fact]
    public void A_title_set_in_capitals_for_emphasis_is_still_a_title() =>
        Assert.Equal(["Obama"], PeopleIn("PRESIDENT Obama's speech was short."));

    [Theory]
    [InlineData("Tickets for Artist Spotlight sold out in an hour.")]
    [InlineData("Entries for the Student Showcase close on Friday.")]
    public void A_capitalised_profession_inside_a_run_names_a_thing_not_the_word_after_it(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_profession_that_opens_the_sentence_still_introduces_a_single_name() =>
        Assert.Equal(["Okafor"], PeopleIn("Striker Okafor scored twice in the second half."));

    [Fact]
    public void A_profession_also_written_as_a_title_still_introduces_a_single_name() =>
        Assert.Equal(["Ramos"], PeopleIn("The bistro is run by Chef Ramos and his sister."));

    [Theory]
    [InlineData("Deals peaked on Amazon Prime Day this year.")]
    [InlineData("Tourists queued for hours to see the Crown Jewels.")]
    public void A_qualifier_of_a_title_before_no_title_makes_no_person(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_titled_single_name_with_an_arabic_figure_names_a_ship_or_model() =>
        Assert.Empty(PeopleIn("Crowds watched the liner Queen Anne 3 leave the harbour."));

    [Theory]
    [InlineData("The carrier USS Ronald Reagan sailed from Yokosuka.")]
    [InlineData("Passengers boarded the MS Queen Adelaide at dawn.")]
    public void A_run_after_a_ship_prefix_names_a_ship_not_a_person(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_titled_single_word_the_article_also_writes_in_lower_case_is_a_common_noun() =>
        Assert.Empty(PeopleIn("Farmers say Mother Harvest has been kind.", "A good harvest's value is high this year."));

    [Fact]
    public void A_titled_single_word_the_article_writes_in_lower_case_only_inside_another_word_is_still_a_person() =>
        Assert.Equal(["Kale"], PeopleIn("Senator Kale spoke first.", "The kalendar and the bio-kale show were cancelled."));

    [Fact]
    public void Saint_before_a_single_name_opens_a_place_not_a_person() =>
        Assert.Empty(PeopleIn("The ferry sailed for Saint Barnabus on Monday."));

    [Fact]
    public void Saint_before_a_single_name_and_where_the_saint_was_from_names_the_saint() =>
        Assert.Equal(["Brendan"], PeopleIn("The abbey is dedicated to Saint Brendan of Clonfert."));

    [Theory]
    [InlineData("The film was turned down by every major Hollywood studio.")]
    [InlineData("Deposits at private Alpine banks rose.")]
    public void A_rank_in_lower_case_that_is_an_everyday_adjective_titles_no_one(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_capitalised_rank_still_titles_a_single_name() =>
        Assert.Equal(["Dunmore"], PeopleIn("The order came from Major Dunmore himself."));

    [Theory]
    [InlineData("His work has appeared in Executive Voyager and other magazines.")]
    [InlineData("The children were enrolled in Head Beginnings last year.")]
    public void An_office_modifier_alone_before_a_word_opens_the_name_of_a_thing(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void An_office_modifier_after_another_title_still_titles_a_single_name() =>
        Assert.Equal(["Dunmore"], PeopleIn("The plan was approved by Chief Executive Dunmore on Friday."));

    [Fact]
    public void A_name_written_small_after_a_given_name_or_title_is_no_common_noun() =>
        Assert.Equal(["Tavora"], PeopleIn("President Tavora spoke first.", "the aid was approved, prime minister jules tavora said."));

    [Fact]
    public void General_in_lower_case_still_ends_an_office() =>
        Assert.Equal(["Tavora"], PeopleIn("The plan came from director general Tavora."));

    [Fact]
    public void A_word_the_article_writes_only_after_Dr_keeps_the_title_as_a_stage_name() =>
        Assert.Equal(["Dr Dre"], PeopleIn("US rapper The Game is hip-hop great Dr Dre's latest protege.", "Dr Dre said he was thrilled."));

    [Fact]
    public void A_doctor_the_article_also_names_without_the_title_is_named_by_the_word() =>
        Assert.Equal(["Hale"], PeopleIn("Dr Hale, a spokesman for the clinic, said the tests were clear.", "Hale added that more were planned."));
}
