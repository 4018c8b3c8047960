using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;

using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class PeopleExtractorTests
{
    [Theory]
    [InlineData("President Volodymyr Zelensky spoke on Monday.", "Volodymyr Zelensky")]
    [InlineData("Ukrainian President Volodymyr Zelensky confirmed the report.", "Volodymyr Zelensky")]
    [InlineData("He stood beside NATO Secretary General Mark Rutte in Brussels.", "Mark Rutte")]
    [InlineData("Kremlin spokesperson Dmitry Peskov denied the reports.", "Dmitry Peskov")]
    [InlineData("British defence secretary John Healey also expressed concern.", "John Healey")]
    [InlineData("The Foreign Office minister Stephen Doughty condemned the move.", "Stephen Doughty")]
    [InlineData("North Korea dictator Kim Jong Un sits inside a tank.", "Kim Jong Un")]
    [InlineData("It is an escalation, said NATO's spokesperson Farah Dakhlallah on Wednesday.", "Farah Dakhlallah")]
    [InlineData("Yoon met Polish President Andrzej Duda in Seoul.", "Andrzej Duda")]
    [InlineData("Russia's president Vladimir Putin does not deny the reports.", "Vladimir Putin")]
    [InlineData("Mr Gordon Brown said the figures were encouraging.", "Gordon Brown")]
    [InlineData("Mr. Gordon Brown said the figures were encouraging.", "Gordon Brown")]
    [InlineData("Sir Alex Ferguson praised his players.", "Alex Ferguson")]
    [InlineData("Treasury Secretary James Baker met the ministers.", "James Baker")]
    public void Title_role_and_nationality_before_a_name_are_dropped(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Fact]
    public void Spelling_variants_of_one_name_merge() =>
        Assert.Equal(["Kim Jong Un"], PeopleIn("Kim Jong-un visited a base.", "Later Kim Jong Un left for Pyongyang."));

    [Theory]
    [InlineData("South Korea's President Yoon Suk-Yeol says it is a provocation.", "Yoon Suk Yeol")]
    [InlineData("North Korean leader Kim Jong-un visited a base.", "Kim Jong Un")]
    [InlineData("Former UN chief Ban Ki-moon said talks must resume.", "Ban Ki Moon")]
    [InlineData("Deng Xiaoping opened the economy.", "Deng Xiaoping")]
    public void Family_name_first_names_are_spaced_and_title_cased(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Theory]
    [InlineData("Jean-Claude Juncker said the talks had failed.")]
    [InlineData("Jean Claude Juncker said the talks had failed.")]
    public void Hyphenated_western_given_name_is_shown_hyphenated(string sentence) =>
        Assert.Equal(["Jean-Claude Juncker"], PeopleIn(sentence));

    [Theory]
    [InlineData("Will Kim Jong Un's soldiers support Russia?", "Kim Jong Un")]
    [InlineData("This follows Ukrainian President Volodymyr Zelensky’s warning.", "Volodymyr Zelensky")]
    public void Possessive_is_stripped(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Fact]
    public void Accents_are_folded_so_every_article_gets_the_same_value() =>
        Assert.Equal(["Jose Mourinho"], PeopleIn("José Mourinho was pleased.", "Jose Mourinho said so again."));

    [Fact]
    public void Name_particles_stay_lower_case_inside_the_name() =>
        Assert.Equal(["Ursula von der Leyen"], PeopleIn("Ursula von der Leyen said the plan was ready."));

    [Fact]
    public void A_soft_hyphen_inside_a_name_does_not_cut_it() =>
        Assert.Equal(["Angela Merkel"], PeopleIn("Chancellor Ange\u00ADla Merkel met the press."));

    [Fact]
    public void Middle_initial_is_kept() =>
        Assert.Equal(["George W. Bush"], PeopleIn("George W. Bush said he would veto it."));

    [Fact]
    public void Surname_alone_is_not_a_person() =>
        Assert.Empty(PeopleIn("Zelensky warned that this could be the first step to world war."));

    [Fact]
    public void Surname_alone_resolves_to_the_full_name_used_in_the_article() =>
        Assert.Equal(["Mark Rutte"], PeopleIn("Mark Rutte arrived.", "Rutte said there was no evidence."));

    [Fact]
    public void Full_name_outside_the_lexicon_is_kept_when_its_surname_is_used_as_a_persons() =>
        Assert.Equal(["Hakeem Jeffries"], PeopleIn("On Monday, Hakeem Jeffries spoke to reporters.", "Jeffries said the vote would pass."));

    [Fact]
    public void Capitalised_word_opening_a_sentence_before_a_surname_is_not_a_full_name() =>
        Assert.Empty(PeopleIn("Troubled Marsh has lost money for years.", "Marsh said it would recover."));

    [Theory]
    [InlineData("Chancellor of the Exchequer Nigel Lawson said rates would fall.", "Nigel Lawson")]
    [InlineData("Teenager Sania Mirza reached the third round.", "Sania Mirza")]
    [InlineData("Chief of Staff Howard Baker resigned.", "Howard Baker")]
    public void Words_before_a_known_given_name_are_dropped(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Theory]
    [InlineData("Finn Juha Kankkunen won the rally.", "Juha Kankkunen")]
    [InlineData("Briton Ian Woosnam finished second.", "Ian Woosnam")]
    [InlineData("Dane Michael Laudrup scored twice.", "Michael Laudrup")]
    public void A_nationality_that_is_also_a_given_name_is_dropped_before_a_whole_name(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Fact]
    public void A_players_position_between_his_side_and_his_name_is_no_initial() =>
        Assert.Equal(["Erik Lund"], PeopleIn("Oilers D Erik Lund missed his third game."));

    [Fact]
    public void A_firms_role_in_the_plural_before_a_name_vouches_for_no_person() =>
        Assert.Empty(PeopleIn("The shares rose after brokers Quervaux Marvaud said they liked the stock."));

    [Fact]
    public void A_given_name_that_is_also_a_nationality_stays_in_a_name_of_two_words() =>
        Assert.Equal(["Finn Russell"], PeopleIn("Finn Russell kicked the winning penalty."));

    [Theory]
    [InlineData("The Prime Minister said nothing.")]
    [InlineData("State Attorneys General sued the firm.")]
    [InlineData("Atlanta-based Coke said sales rose.")]
    [InlineData("Societe Generale, whose chairman resigned, said profits fell.")]
    [InlineData("She joined the firm as Chief Product Officer in May.")]
    [InlineData("He stays on as co-founder and Chief Strategy Officer.")]
    public void Titles_adjectives_and_firms_alone_are_not_people(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("Police arrested John Smith Monday after a chase.", "John Smith")]
    [InlineData("Obama met Prime Minister David Cameron Tuesday in London.", "David Cameron")]
    public void A_weekday_right_after_a_name_is_no_part_of_it(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Fact]
    public void Variants_with_and_without_a_middle_initial_are_one_person() =>
        Assert.Equal(["Ivan F. Boesky"], PeopleIn("Ivan F. Boesky agreed to pay.", "Later, Ivan Boesky said nothing."));

    [Fact]
    public void An_indefinite_pronoun_after_a_form_of_address_is_no_person() =>
        Assert.Empty(PeopleIn("\u201cI was Mr. Nobody,\u201d the gunman says."));

    [Fact]
    public void A_form_of_address_inside_a_works_name_introduces_no_person() =>
        Assert.Empty(PeopleIn("The actor was last seen in Little Miss Quillon."));

    [Fact]
    public void An_honour_after_an_honorific_the_lists_do_not_know_still_introduces_a_person() =>
        Assert.Equal(["Aldo Quenby"], PeopleIn("The harvest will start soon, Governor-general Ratu Sir Aldo Quenby said."));

    [Fact]
    public void A_form_of_address_after_a_compound_title_still_introduces_a_person() =>
        Assert.Equal(["Ann Hale"], PeopleIn("The university's Vice-Chancellor Dr. Ann Hale resigned on Saturday."));

    [Fact]
    public void A_function_word_capitalised_after_a_role_opens_a_name() =>
        Assert.Equal(["Will Quenby"], PeopleIn("Former captain Will Quenby was left out of the squad."));

    [Fact]
    public void A_short_preposition_capitalised_after_a_title_opens_no_name() =>
        Assert.DoesNotContain("Of Quenby", PeopleIn("The Earl Of Quenby opened the fair."));

    [Fact]
    public void An_agency_s_staff_credits_name_no_one_the_story_is_about() =>
        Assert.Equal(["Bob Geldof"], PeopleIn(
            "Bob Geldof kept up the pressure on aid. (Reporting by Tim Large; Editing by Belinda Goldsmith and Eric Walsh)"));

    [Fact]
    public void A_staff_credit_on_a_line_of_its_own_names_no_one_the_story_is_about() =>
        Assert.Equal(["Bob Geldof"], PeopleIn("Bob Geldof kept up the pressure on aid.", "Writing by Jon Herskovitz, Editing by Lisa Shumaker"));

    [Fact]
    public void A_sentence_opening_with_reporting_by_is_no_staff_credit() =>
        Assert.Contains("Boris Johnson", PeopleIn("Reporting by the BBC showed that Boris Johnson knew of the parties."));

    [Fact]
    public void A_longer_preposition_capitalised_after_a_role_opens_no_name() =>
        Assert.Empty(PeopleIn("The charity Nurses Without Frontiers said it would stay."));

    [Fact]
    public void Full_name_outside_the_lexicon_with_nothing_to_vouch_for_it_is_dropped() =>
        Assert.Empty(PeopleIn("Comissaria Smith said spot bean prices rose."));

    [Theory]
    [InlineData("According to South Korea’s Yonhap News Agency, troops are moving.")]
    [InlineData("Seoul’s National Intelligence Service confirmed the arrival.")]
    [InlineData("He stated this during a session in the House of Commons on Tuesday.")]
    [InlineData("The Foreign Office said nothing.")]
    [InlineData("During an emergency National Security Council meeting, officials spoke.")]
    [InlineData("The head of Ukraine's Main Intelligence Directorate announced it.")]
    [InlineData("Reports from Russia’s Far East, as conveyed by BBC Russian, say so.")]
    [InlineData("The editor at Ukraine’s Defence Express noted it.")]
    [InlineData("He told American military news outlet The War Zone about it.")]
    [InlineData("Security beyond the Korean Peninsula and Europe is at stake.")]
    [InlineData("Soldiers are stationed near Ussuriysk, north of Vladivostok, and in Kursk.")]
    [InlineData("Images source: © Getty Images | Anadolu")]
    [InlineData("The Brics group met, and the Duma voted.")]
    [InlineData("Officials of the Reagan Administrations spoke of it later.")]
    [InlineData("North Korea and South Korean officials met on Monday in January.")]
    [InlineData("Meanwhile, news has emerged. However, Reports suggest otherwise.")]
    [InlineData("San Diego Padres fans watched the game.")]
    [InlineData("Rain delayed the second round of Lindsay Classic on Tuesday.")]
    [InlineData("We Albanians, sons of Buzuku, believed it.")]
    [InlineData("Mount Zion Missionary Baptist Church burned down.")]
    [InlineData("Voters turned out for the South Carolina Democratic primary.")]
    [InlineData("Carolina Hurricanes fans cheered as Dallas Cowboys fans sang.")]
    [InlineData("Series champion Boston Red Sox play Oakland in Tokyo.")]
    [InlineData("She spent a night in Ashwood Jail after the crash.")]
    [InlineData("The deficit rose from 596 billion in January-May, official data showed.")]
    [InlineData("Shares in Warner Music rose as Joe Gibbs Racing lost.")]
    public void Organisations_places_nationalities_and_sentence_openers_are_not_people(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("The chapel stands at 1922 Harold Drive, Akron.")]
    [InlineData("Gale will race at Dennis Superspeedway on March 22.")]
    [InlineData("Supplies reached Howard Base on the ice shelf.")]
    [InlineData("Members meet at Simon Lounge upstairs.")]
    public void Roads_race_tracks_bases_and_lounges_named_after_people_are_places(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("Drilling began in Harold Basin last year.")]
    [InlineData("The mine at Dennis Falls will close.")]
    [InlineData("Voters in Victor Township said no.")]
    [InlineData("The water at Grace Springs is warm.")]
    [InlineData("Ore from Simon Creek was shipped.")]
    [InlineData("Shares of Eliza Midland rose.")]
    public void Basins_falls_springs_creeks_and_townships_named_after_people_are_places(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("Buyers at Simon Fitness rose by a third.")]
    [InlineData("The deal leaves Dennis Automobiles with a loss.")]
    [InlineData("Tasters praised Howard Wines for its red.")]
    [InlineData("By Harold Contributors, staff")]
    public void Wineries_carmakers_gyms_and_contributor_desks_are_not_people(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("Shares of Dennis Refining and Marketing Co rose.")]
    [InlineData("The order went to General Cement, which said it would expand.")]
    [InlineData("Profits at Howard Electronics fell by a third.")]
    [InlineData("Analysts said Harold Cos would sell a unit.")]
    [InlineData("Orders at Dennis Furniture and Grace Plastics rose.")]
    public void A_firm_named_after_its_trade_is_not_a_person(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void The_first_partner_of_a_firm_named_after_its_partners_is_not_a_person() =>
        Assert.Empty(PeopleIn("The bonds were priced by lead manager Harold, Quenby and Co."));

    [Fact]
    public void A_full_name_before_a_firm_named_after_partners_is_still_a_person() =>
        Assert.Equal(["Thomas Quenby"], PeopleIn("\"It will change trading,\" said Thomas Quenby, Quenby and Co chairman."));

    [Fact]
    public void A_name_that_ends_a_longer_one_in_the_article_is_that_person_without_the_first_given_name() =>
        Assert.Equal(["Ramiro Saldanha Quenby"],
            PeopleIn("Foreign minister Ramiro Saldanha Quenby will lead the talks.", "The chief negotiator, Saldanha Quenby, knows the banks."));

    [Theory]
    [InlineData("Botswana's envoy, Zorvala Quenby, said coups had no place.")]
    [InlineData("The talks failed, his lawyer, Zorvala Quenby, told reporters.")]
    public void A_name_set_between_commas_after_the_role_it_fills_is_a_person(string sentence) =>
        Assert.Equal(["Zorvala Quenby"], PeopleIn(sentence));

    [Fact]
    public void A_firms_role_before_the_commas_vouches_for_no_one() =>
        Assert.Empty(PeopleIn("The deal was backed by its adviser, Zorvala Quenby, last week."));

    [Theory]
    [InlineData("The bond was priced at par, lead manager Quenbybank AG said.")]
    [InlineData("The notes were arranged by lead manager Harold Quenby (Suisse) SA.")]
    [InlineData("Analysts cut their view of J. Quenby PLC on Monday.")]
    public void A_name_before_a_firms_legal_form_is_the_firm(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("Moody's cut its rating of Harold Quenby Corp on Monday.")]
    [InlineData("Moody's cut its rating of Harold Quenby Group Inc on Monday.")]
    [InlineData("Moody's cut its rating of Harold Quenby (Suisse) SA on Monday.")]
    public void A_name_the_article_gives_a_firms_legal_form_is_that_firm_without_it_too(string firstMention) =>
        Assert.Empty(PeopleIn(firstMention, "The agency noted that Harold Quenby's sales rose."));

    [Theory]
    [InlineData("The plant at Wheeling, W. Va., will close.")]
    [InlineData("The mine near Minot, N. Dak. was sold.")]
    public void A_two_word_states_abbreviation_is_no_initial_and_surname(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("The notes are priced at par, lead manager Quenbybank said.")]
    [InlineData("The notes are priced at par, co-lead manager Harold Quenby said.")]
    [InlineData("Via sole manager Quenbybank, the group sells 900 mln dlrs of notes.")]
    public void The_manager_of_a_bond_issue_is_a_bank(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_manager_with_no_issue_rank_is_a_person() =>
        Assert.Equal(["Harold Quenby"], PeopleIn("General manager Harold Quenby said he was pleased."));

    [Theory]
    [InlineData("The storm is getting stronger, said hurricane forecaster Zorvo Kabirat.", "Zorvo Kabirat")]
    [InlineData("Reuters cameraman Zorvo Kabirat said the column pulled out.", "Zorvo Kabirat")]
    [InlineData("The ball was thrown by off-spinner Zorvo Kabirat in the second test.", "Zorvo Kabirat")]
    [InlineData("The pass was picked off by cornerback Zorvo Kabirat.", "Zorvo Kabirat")]
    [InlineData("Maronite Patriarch Kabirat expressed sorrow over the violations.", "Kabirat")]
    public void Trades_positions_and_a_church_title_introduce_a_person(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Fact]
    public void A_county_abbreviated_is_a_place() =>
        Assert.Empty(PeopleIn("Police in Harold Cty said the road was closed."));

    [Fact]
    public void A_wire_bylines_newsroom_is_no_person() =>
        Assert.Empty(PeopleIn("-- Sofia Newsroom, +359 2 84561"));

    [Fact]
    public void A_legal_form_word_in_lower_case_after_a_name_is_no_firm() =>
        Assert.Equal(["Harold Quenby"], PeopleIn("Coach Harold Quenby limited the damage."));

    [Theory]
    [InlineData("Earnings were 1.75 H.K. Dlrs a share.")]
    [InlineData("The dividend is 40 H.K. Cents, against 35.")]
    public void Money_after_a_countrys_initials_is_not_a_person(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("The probe is steered by navigators at OrbitalQ, a private firm.")]
    [InlineData("Talks were held with chairman TransVolgaBank last week.")]
    public void A_word_with_a_capital_inside_ending_in_a_capital_or_a_firms_word_is_a_brand(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("Defender DeShawn Bakersfield signed on Monday.", "DeShawn Bakersfield")]
    [InlineData("Striker Pete McGuffin scored twice.", "Pete McGuffin")]
    public void A_capital_inside_a_given_name_or_surname_keeps_it_a_name(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Theory]
    [InlineData("Philip Morris Cos said profits rose.")]
    [InlineData("Eli Lilly and Co reported higher sales.")]
    [InlineData("Shares in Harry Potter publisher Bloomsbury rose.")]
    public void Firms_and_characters_named_like_people_are_not_people(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void People_come_in_order_of_first_mention_each_once() =>
        Assert.Equal(["Vladimir Putin", "Kim Jong Un"], PeopleIn("Vladimir Putin met Kim Jong Un.", "Kim Jong Un thanked Vladimir Putin."));

    [Fact]
    public void Names_in_page_furniture_are_not_people_of_the_article()
    {
        var page = Page(
            ("Troops arrive at the front", LineKind.Title),
            ("Malwina Witkowska", LineKind.Byline),
            ("Photo: Alexander Zemlianichenko/AP", LineKind.Caption),
            ("Editor in chief — Kirill Martynov.", LineKind.Footer),
            ("Soldiers arrived on Monday.", LineKind.Body));

        Assert.Empty(PeopleExtractor.Extract(page, ExplicitMetadata.None));
    }

    [Fact]
    public void Title_line_is_read_with_the_body()
    {
        var page = Page(("Emmanuel Macron visits Kyiv", LineKind.Title), ("The visit was unannounced.", LineKind.Body));

        Assert.Equal(["Emmanuel Macron"], PeopleExtractor.Extract(page, ExplicitMetadata.None));
    }

    [Fact]
    public void Headline_cased_line_adds_no_full_names() =>
        Assert.Empty(PeopleIn("Bolsonaro Not Allowed to Attend Donald Trump's Inauguration Ceremony"));

    [Fact]
    public void People_the_source_lists_come_first_and_the_text_adds_the_others_it_names()
    {
        var meta = new ExplicitMetadata { People = ["james-baker"] };

        Assert.Equal(["James Baker", "Volodymyr Zelensky"], PeopleExtractor.Extract(Page(("Volodymyr Zelensky spoke.", LineKind.Body)), meta));
    }

    [Fact]
    public void People_the_source_lists_are_normalised_and_merged()
    {
        var meta = new ExplicitMetadata { People = ["kim-jong-un", "Kim Jong-un", "de-clercq"] };

        Assert.Equal(["Kim Jong Un", "De Clercq"], PeopleExtractor.Extract(Page(), meta));
    }

    [Fact]
    public void A_surname_the_source_lists_takes_the_full_name_the_text_uses()
    {
        var meta = new ExplicitMetadata { People = ["volcker", "reagan"] };

        Assert.Equal(["Paul Volcker", "Reagan"],
            PeopleExtractor.Extract(Page(("Federal Reserve chairman Paul Volcker told President Reagan he would stay.", LineKind.Body)), meta));
    }

    [Fact]
    public void A_surname_with_its_particle_the_source_lists_takes_the_full_name_the_text_uses()
    {
        var meta = new ExplicitMetadata { People = ["de-clercq"] };

        Assert.Equal(["Willy de Clercq"],
            PeopleExtractor.Extract(Page(("EC external trade chief Willy de Clercq said the talks would go on.", LineKind.Body)), meta));
    }

    [Fact]
    public void French_M_before_a_surname_is_Monsieur_and_names_the_man_named_in_full() =>
        Assert.Equal(["Jean-Francois Martin"], PeopleIn(
            "Le ministre Jean-François Martin a présenté son projet devant les députés, qui ont voté pour le texte.",
            "« Nous ne reculerons pas », a déclaré M. Martin."));

    [Fact]
    public void French_M_before_a_surname_alone_is_a_man_named_by_his_surname() =>
        Assert.Equal(["Martin"], PeopleIn("Le texte est prêt, selon les députés qui ont voté mardi.", "M. Martin a salué le vote."));

    [Fact]
    public void M_in_English_prose_is_an_initial() =>
        Assert.Equal(["M. Night Shyamalan", "Steve Waugh", "M. Waugh"], PeopleIn(
            "Director M. Night Shyamalan said the film would open in June.",
            "Steve Waugh said the team was happy with the result and M. Waugh agreed."));

    [Fact]
    public void A_name_ending_in_a_plural_title_or_role_is_a_group() =>
        Assert.Empty(PeopleIn("Hotly tipped Leeds band Kaiser Chiefs have their second hit at number six."));

    [Fact]
    public void A_family_name_like_a_plural_title_is_a_person_a_singular_role_introduces() =>
        Assert.Equal(["Alan Dukes"], PeopleIn("New party leader Alan Dukes replaced the prime minister."));

    [Fact]
    public void One_word_said_twice_is_no_given_name_and_surname() =>
        Assert.Empty(PeopleIn("It sounded like pop in the mould of Duran Duran or The Strokes."));

    [Fact]
    public void One_word_said_twice_with_a_role_before_it_is_a_person() =>
        Assert.Equal(["Tlali Tlali"], PeopleIn("\"There is no change,\" said spokesperson Tlali Tlali on Tuesday."));
}
