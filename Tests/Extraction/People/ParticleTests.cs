using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class ParticleTests
{
    [Theory]
    [InlineData("Osama bin Laden was killed in 2011.", "Osama bin Laden")]
    [InlineData("Syria's President Bashar al-Assad said the war would go on.", "Bashar al-Assad")]
    [InlineData("The actor Dick van Dyke sang.", "Dick van Dyke")]
    [InlineData("Loyola de Palacio spoke for the Spanish government.", "Loyola de Palacio")]
    public void Particles_stay_inside_the_name(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Fact]
    public void A_surname_with_its_particle_stands_for_the_full_name_not_a_second_person() =>
        Assert.Equal(["Eugene de Kock"], PeopleIn("Eugene de Kock was sentenced.", "De Kock, 48, a former police colonel, said nothing."));

    [Fact]
    public void A_particle_written_small_opens_no_name_though_it_is_a_given_name_somewhere() =>
        Assert.Contains("Zorvala de Kruijt", PeopleIn("Ann Hale (Spain) beat Zorvala de Kruijt (Spain) 6-2 7-5"));

    [Theory]
    [InlineData("Hamid El Zarrouki won the 1,500 metres.", "Hamid El Zarrouki")]
    [InlineData("Omar Abu Qattash told reporters the talks would resume.", "Omar Abu Qattash")]
    public void The_arabic_article_written_with_a_capital_stays_inside_the_name(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Fact]
    public void The_arabic_article_still_opens_a_place() =>
        Assert.Empty(PeopleIn("The convoy reached El Paso on Monday."));

    [Theory]
    [InlineData("To bat - Mario Basler, Marco Bode, Zafar-ul-Quolle.", "Zafar-ul-Quolle")]
    [InlineData("Squad: Mario Basler, Vardo-ur-Plenk, Marco Bode.", "Vardo-ur-Plenk")]
    public void A_name_joined_by_the_arabic_article_in_one_word_is_a_whole_name_a_list_vouches_for(string line, string person) =>
        Assert.Contains(person, PeopleIn(line));

    [Fact]
    public void A_joined_name_with_nothing_to_vouch_for_it_is_no_person() =>
        Assert.Empty(PeopleIn("Fighters of Harkat-ul-Quolle attacked the post."));
}
