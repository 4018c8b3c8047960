using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class NavigationRuleTests
{
    [Theory]
    [InlineData("NewsPolitics")]
    [InlineData("SwedenLivingWorld world_2_fill WorldBusiness BusinessSports sports-soccer SportsEntertainmentEntertain")]
    [InlineData("Home | News | Sport | Weather")]
    public void Menu_strip_is_navigation(string line) =>
        Assert.Equal(LineKind.Navigation, Lines.KindBy(new NavigationRule(), line));

    [Theory]
    [InlineData("MacMillan Bloedel")]
    [InlineData("WorldCom bosses' $54m payout")]
    [InlineData("Hearts 2-1 Livingston")]
    [InlineData("McDonald's")]
    [InlineData("Mobile games come of age")]
    public void Headline_or_name_with_an_inner_capital_is_not_navigation(string line) =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new NavigationRule(), line));
}
