using SearchEngine.Indexing.Sources;

namespace SearchEngine.Tests.Sources;

public class EncodingLabelTests
{
    [Theory]
    [InlineData("ISO-8859-1", 1252)]
    [InlineData("latin1", 1252)]
    [InlineData("us-ascii", 1252)]
    [InlineData("iso-8859-9", 1254)]
    [InlineData("gb2312", 936)]
    [InlineData("euc-kr", 949)]
    [InlineData(" Shift_JIS ", 932)]
    [InlineData("koi8-r", 20866)]
    public void A_label_names_the_encoding_browsers_read_it_as(string label, int codePage) =>
        Assert.Equal(codePage, EncodingLabel.Named(label)?.CodePage);

    [Fact]
    public void A_utf16_label_read_from_ascii_markup_names_utf8() =>
        Assert.Equal(65001, EncodingLabel.Named("utf-16")?.CodePage);

    [Theory]
    [InlineData("utf-7")]
    [InlineData("iso-2022-kr")]
    [InlineData("no-such-charset")]
    public void A_label_browsers_do_not_decode_by_names_no_encoding(string label) =>
        Assert.Null(EncodingLabel.Named(label));
}
