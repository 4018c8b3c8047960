namespace SearchEngine.Tests.Extraction;

public class OutletCreditTests
{
    [Theory]
    [InlineData("© REUTERS / POOL")]
    [InlineData("© Reuters 2008")]
    [InlineData("Copyright 2008 The Associated Press")]
    public void A_copyright_credit_naming_an_agency_is_not_the_outlet(string credit) =>
        Assert.Null(Pipeline.Process(Pipeline.Page("A headline", "The story.", credit)).Outlet);

    [Fact]
    public void The_site_s_own_copyright_line_still_names_the_outlet() =>
        Assert.Equal("Daily Wrap", Pipeline.Process(Pipeline.Page("A headline", "The story.", "© 2024 Daily Wrap. All rights reserved.")).Outlet);
}
