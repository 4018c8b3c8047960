using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Tests.Extraction.People;

public class PersonAliasesTests
{
    /// <summary>The merges of a collection where every word alone keeps its full name's company.</summary>
    private static IReadOnlyDictionary<string, string> Aliases(params (string Value, int Texts)[] values) =>
        PersonAliases.Find(new CollectionValues(values, (_, _) => 1, (_, _) => false));

    [Fact]
    public void A_family_name_used_alone_is_counted_under_the_full_name_that_dominates_the_collection() =>
        Assert.Equal(new Dictionary<string, string> { ["Merkel"] = "Angela Merkel" },
            Aliases(("Merkel", 4), ("Angela Merkel", 12), ("Joachim Merkel", 1)));

    [Fact]
    public void A_family_name_several_people_of_the_collection_carry_stays_apart() =>
        Assert.Empty(Aliases(("Johnson", 6), ("Boris Johnson", 9), ("Lyndon Johnson", 4), ("Dwayne Johnson", 2)));

    [Fact]
    public void A_full_name_in_fewer_than_three_texts_takes_no_family_name() =>
        Assert.Empty(Aliases(("Merkel", 4), ("Angela Merkel", 2)));

    [Fact]
    public void A_word_that_opens_a_full_name_of_the_collection_stays_apart() =>
        Assert.Empty(Aliases(("Terry", 2), ("John Terry", 5), ("Terry Pratchett", 1)));

    [Fact]
    public void A_name_with_a_middle_initial_is_counted_under_the_same_name_without_it() =>
        Assert.Equal(new Dictionary<string, string> { ["Lyndon B. Johnson"] = "Lyndon Johnson" },
            Aliases(("Lyndon B. Johnson", 2), ("Lyndon Johnson", 7)));

    [Fact]
    public void A_name_with_a_middle_name_is_counted_under_the_same_name_without_it_when_their_articles_keep_company() =>
        Assert.Equal(new Dictionary<string, string> { ["Hillary Rodham Clinton"] = "Hillary Clinton" },
            Aliases(("Hillary Rodham Clinton", 3), ("Hillary Clinton", 6), ("Bill Clinton", 7)));

    [Fact]
    public void A_name_with_a_middle_name_whose_articles_share_no_company_with_the_shorter_name_stays_apart() =>
        Assert.Empty(PersonAliases.Find(new CollectionValues([("John Paul Jones", 2), ("John Jones", 3)], (_, _) => 0, (_, _) => false)));

    [Fact]
    public void A_name_with_a_middle_name_and_the_shorter_name_one_article_names_both_stay_apart() =>
        Assert.Empty(PersonAliases.Find(new CollectionValues([("John Paul Jones", 2), ("John Jones", 3)], (_, _) => 1, (_, _) => true)));

    [Fact]
    public void A_name_and_the_same_name_with_a_generation_stay_apart() =>
        Assert.Empty(Aliases(("Andres Soriano III", 2), ("Andres Soriano", 4)));

    [Fact]
    public void A_name_two_longer_names_share_stays_apart() =>
        Assert.Empty(Aliases(("Sarah Jane Hale", 2), ("Sarah Anne Hale", 2), ("Sarah Hale", 3)));

    [Fact]
    public void The_variant_most_articles_use_is_the_one_shown() =>
        Assert.Equal(new Dictionary<string, string> { ["John Kennedy"] = "John F. Kennedy" },
            Aliases(("John F. Kennedy", 8), ("John Kennedy", 3)));

    [Fact]
    public void A_name_without_initials_that_two_initialled_names_share_stays_apart() =>
        Assert.Empty(Aliases(("George W. Bush", 15), ("George H. W. Bush", 3), ("George Bush", 6)));

    [Fact]
    public void A_family_name_counts_the_texts_of_its_full_names_variants_together() =>
        Assert.Equal(new Dictionary<string, string> { ["Pratchett"] = "Terry Pratchett", ["Terry J. Pratchett"] = "Terry Pratchett" },
            Aliases(("Pratchett", 1), ("Terry Pratchett", 2), ("Terry J. Pratchett", 1)));

    [Fact]
    public void A_family_name_written_first_is_found_in_a_korean_name() =>
        Assert.Equal(new Dictionary<string, string> { ["Kim"] = "Kim Jong Un" },
            Aliases(("Kim", 3), ("Kim Jong Un", 9), ("Kim Yo Jong", 1)));

    [Fact]
    public void A_name_no_text_holds_merges_with_nothing() =>
        Assert.Empty(Aliases(("Merkel", 0), ("Angela Merkel", 12)));

    [Fact]
    public void A_family_name_whose_articles_share_no_company_with_the_full_name_stays_apart() =>
        Assert.Empty(PersonAliases.Find(new CollectionValues([("Merkel", 1), ("Angela Merkel", 12)], (_, _) => 0, (_, _) => false)));

    [Fact]
    public void A_family_name_whose_articles_keep_the_full_names_company_three_times_as_often_as_chance_is_merged() =>
        Assert.Equal(new Dictionary<string, string> { ["Reagan"] = "Ronald Reagan" },
            PersonAliases.Find(new CollectionValues([("Reagan", 300), ("Ronald Reagan", 24)], (_, _) => 0.4, (_, _) => false, (_, _) => 0.12)));

    [Fact]
    public void A_family_name_whose_articles_keep_the_full_names_company_little_more_often_than_chance_stays_apart() =>
        Assert.Empty(PersonAliases.Find(new CollectionValues([("Reagan", 300), ("Ronald Reagan", 24)], (_, _) => 0.4, (_, _) => false, (_, _) => 0.2)));

    [Fact]
    public void A_family_name_whose_articles_rarely_keep_the_full_names_company_stays_apart_however_rare_that_company_is() =>
        Assert.Empty(PersonAliases.Find(new CollectionValues([("Rice", 20), ("Condoleezza Rice", 40)], (_, _) => 0.2, (_, _) => false, (_, _) => 0.01)));

    [Fact]
    public void A_family_name_whose_articles_name_no_one_else_is_judged_by_the_collection_alone() =>
        Assert.Equal(new Dictionary<string, string> { ["Merkel"] = "Angela Merkel" },
            PersonAliases.Find(new CollectionValues([("Merkel", 1), ("Angela Merkel", 12)], (_, _) => null, (_, _) => false)));

    [Fact]
    public void A_familiar_given_name_is_counted_under_the_formal_one_when_more_texts_use_it() =>
        Assert.Equal(new Dictionary<string, string> { ["Bob Dole"] = "Robert Dole" }, Aliases(("Bob Dole", 3), ("Robert Dole", 10)));

    [Fact]
    public void A_formal_given_name_is_counted_under_the_familiar_one_when_more_texts_use_it() =>
        Assert.Equal(new Dictionary<string, string> { ["James Wright"] = "Jim Wright" }, Aliases(("Jim Wright", 24), ("James Wright", 6)));

    [Fact]
    public void A_familiar_given_name_that_may_shorten_two_formal_names_of_the_collection_stays_apart() =>
        Assert.Empty(Aliases(("Steve Smith", 2), ("Stephen Smith", 3), ("Steven Smith", 1)));

    [Fact]
    public void A_familiar_given_name_whose_articles_share_no_company_with_the_formal_one_stays_apart() =>
        Assert.Empty(PersonAliases.Find(new CollectionValues([("Jack Nicholson", 4), ("John Nicholson", 1)], (_, _) => 0, (_, _) => false)));

    [Fact]
    public void A_familiar_given_name_whose_articles_name_no_one_else_is_merged_when_no_other_name_carries_the_family_name() =>
        Assert.Equal(new Dictionary<string, string> { ["Dan Amstutz"] = "Daniel Amstutz" },
            PersonAliases.Find(new CollectionValues([("Dan Amstutz", 2), ("Daniel Amstutz", 15)], (_, _) => null, (_, _) => false)));

    [Fact]
    public void A_familiar_given_name_whose_articles_name_no_one_else_stays_apart_beside_another_bearer_of_the_family_name() =>
        Assert.Empty(PersonAliases.Find(new CollectionValues([("Dave Jones", 1), ("David Jones", 1), ("Tom Jones", 3)], (_, _) => null, (_, _) => false)));

    [Fact]
    public void A_familiar_and_a_formal_given_name_that_one_article_names_both_stay_apart() =>
        Assert.Empty(PersonAliases.Find(new CollectionValues([("Andy Murray", 4), ("Andrew Murray", 1)], (_, _) => 1, (_, _) => true)));

    [Fact]
    public void Two_familiar_forms_and_an_initialled_name_are_all_counted_under_the_variant_most_texts_use() =>
        Assert.Equal(
            new Dictionary<string, string> { ["Bob Dole"] = "Robert Dole", ["Bobby Dole"] = "Robert Dole", ["Robert J. Dole"] = "Robert Dole" },
            Aliases(("Bob Dole", 3), ("Bobby Dole", 1), ("Robert Dole", 4), ("Robert J. Dole", 2)));

    [Fact]
    public void A_family_name_alone_counts_the_texts_of_the_familiar_and_formal_variants_together() =>
        Assert.Equal(new Dictionary<string, string> { ["Bob Dole"] = "Robert Dole", ["Dole"] = "Robert Dole" },
            Aliases(("Dole", 5), ("Bob Dole", 1), ("Robert Dole", 2)));
}
