using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Tests.Extraction.People;

public class PersonNameTests
{
    [Theory]
    [InlineData("james-baker", "James Baker")]
    [InlineData("de-clercq", "De Clercq")]
    [InlineData("perez-de-cuellar", "Perez de Cuellar")]
    [InlineData("von-weizsaecker", "Von Weizsaecker")]
    [InlineData("o-kennedy", "O'Kennedy")]
    [InlineData("deng-xiaoping", "Deng Xiaoping")]
    [InlineData("chiang-ching-kuo", "Chiang Ching Kuo")]
    [InlineData("jean-claude-juncker", "Jean-Claude Juncker")]
    [InlineData("reagan", "Reagan")]
    public void Source_slug_becomes_a_display_name(string slug, string display) =>
        Assert.Equal(display, PersonName.FromSource(slug).Display);

    [Theory]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    [InlineData("Yoon Suk-Yeol", "Yoon Suk Yeol")]
    [InlineData("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")]
    [InlineData("Łukasz Szumowski", "Lukasz Szumowski")]
    [InlineData("BRIAN O'DRISCOLL", "Brian O'Driscoll")]
    [InlineData("Robert Kilroy-Silk", "Robert Kilroy-Silk")]
    public void Written_name_gets_its_canonical_display(string written, string display) =>
        Assert.Equal(display, PersonName.FromSource(written).Display);

    [Theory]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    [InlineData("José Mourinho", "jose-mourinho")]
    [InlineData("Jean-Claude Juncker", "Jean Claude Juncker")]
    public void Variants_share_one_key(string a, string b) =>
        Assert.Equal(PersonName.FromSource(a), PersonName.FromSource(b));

    [Theory]
    [InlineData("Mark Rutte", "rutte")]
    [InlineData("Kim Jong Un", "kim")]
    [InlineData("Robert Kilroy-Silk", "kilroy silk")]
    [InlineData("Ken Griffey Jr", "griffey")]
    [InlineData("John Paul II", "paul")]
    public void Short_form_is_the_family_name(string name, string shortForm) =>
        Assert.Equal(shortForm, PersonName.FromSource(name).ShortFormKey);

    [Fact]
    public void A_generation_keeps_its_capitals_after_the_name() =>
        Assert.Equal("Henry Ford II", PersonName.FromSource("Henry Ford II").Display);

    [Fact]
    public void Son_and_father_of_one_name_are_two_people() =>
        Assert.NotEqual(PersonName.FromSource("Carlos Sousa Jr"), PersonName.FromSource("Carlos Sousa Sr"));
}
