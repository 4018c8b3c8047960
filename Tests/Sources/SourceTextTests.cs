using System.Text;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Tests.Sources;

public class SourceTextTests
{
    private static Encoding CodePage(string name) => CodePagesEncodingProvider.Instance.GetEncoding(name)!;

    private static byte[] Page(string head, Encoding encoding, string body) =>
        [.. Encoding.ASCII.GetBytes($"<html><head>{head}</head><body><p>"), .. encoding.GetBytes(body), .. "</p></body></html>"u8];

    [Fact]
    public void Bytes_that_are_not_utf8_and_declare_nothing_are_read_as_windows_1252_with_its_curly_quotes_and_dashes()
    {
        byte[] bytes = [0x93, .. "Done"u8, 0x94, .. " "u8, 0x96, .. " caf"u8, 0xE9];

        var text = SourceText.Decode(bytes, out var warning);

        Assert.Equal("\u201CDone\u201D \u2013 caf\u00E9", text);
        Assert.Contains("read as Windows-1252", warning);
    }

    [Fact]
    public void A_page_in_shift_jis_is_read_in_the_charset_its_meta_declares_without_a_warning()
    {
        var bytes = Page("<meta charset=\"Shift_JIS\">", CodePage("shift_jis"), "東京で会議");

        var text = SourceText.DecodePage(bytes, out var warning);

        Assert.Contains("<p>東京で会議</p>", text);
        Assert.Null(warning);
    }

    [Fact]
    public void A_page_in_koi8_r_is_read_in_the_charset_its_content_type_meta_declares()
    {
        var bytes = Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", CodePage("koi8-r"), "Москва");

        Assert.Contains("<p>Москва</p>", SourceText.DecodePage(bytes, out _));
    }

    [Fact]
    public void An_unquoted_charset_in_a_self_closing_meta_is_read()
    {
        var bytes = Page("<meta charset=koi8-r/>", CodePage("koi8-r"), "Москва");

        Assert.Contains("<p>Москва</p>", SourceText.DecodePage(bytes, out _));
    }

    [Fact]
    public void A_page_declaring_iso_8859_1_is_read_as_windows_1252_as_browsers_read_it()
    {
        byte[] bytes = [.. "<meta charset=iso-8859-1><p>"u8, 0x93, .. "Yes"u8, 0x94, .. "</p>"u8];

        var text = SourceText.DecodePage(bytes, out var warning);

        Assert.Contains("<p>\u201CYes\u201D</p>", text);
        Assert.Null(warning);
    }

    [Fact]
    public void A_page_in_valid_utf8_stays_utf8_though_its_meta_declares_iso_8859_1()
    {
        var bytes = Page("<meta charset=\"iso-8859-1\">", Encoding.UTF8, "Caf\u00E9 \u2013 \u201Cnew\u201D");

        var text = SourceText.DecodePage(bytes, out var warning);

        Assert.Contains("<p>Caf\u00E9 \u2013 \u201Cnew\u201D</p>", text);
        Assert.Null(warning);
    }

    [Fact]
    public void A_utf8_byte_order_mark_wins_over_the_charset_the_page_declares()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Page("<meta charset=\"windows-1252\">", Encoding.UTF8, "Caf\u00E9")];

        Assert.Contains("<p>Caf\u00E9</p>", SourceText.DecodePage(bytes, out _));
    }

    [Fact]
    public void A_page_declaring_utf8_reads_a_stray_byte_as_a_replacement_and_the_rest_as_utf8_with_a_warning()
    {
        byte[] bytes = [.. "<meta charset=\"utf-8\"><p>Caf\u00E9 "u8, 0xE9, .. "</p>"u8];

        var text = SourceText.DecodePage(bytes, out var warning);

        Assert.Contains("<p>Caf\u00E9 \uFFFD</p>", text);
        Assert.Contains("though it says it is", warning);
    }

    [Fact]
    public void An_xml_declarations_encoding_is_read_when_no_meta_declares_one()
    {
        byte[] bytes = [.. "<?xml version=\"1.0\" encoding=\"windows-1251\"?><html><body><p>"u8, .. CodePage("windows-1251").GetBytes("Киев"), .. "</p></body></html>"u8];

        Assert.Contains("<p>Киев</p>", SourceText.DecodePage(bytes, out _));
    }

    [Fact]
    public void A_charset_declared_in_a_comment_or_in_the_body_is_not_read()
    {
        var bytes = Page("<!-- <meta charset=\"koi8-r\"> -->", Encoding.Latin1, "caf\u00E9<meta charset=\"koi8-r\">");

        var text = SourceText.DecodePage(bytes, out var warning);

        Assert.Contains("caf\u00E9", text);
        Assert.Contains("read as Windows-1252", warning);
    }

    [Fact]
    public void A_charset_declared_late_in_a_long_head_is_read()
    {
        var bytes = Page($"<script>{new string(' ', 2000)}</script><meta charset=\"koi8-r\">", CodePage("koi8-r"), "Москва");

        Assert.Contains("<p>Москва</p>", SourceText.DecodePage(bytes, out _));
    }

    [Fact]
    public void A_page_in_iso_2022_jp_is_read_in_it_though_its_7_bit_bytes_are_valid_utf8()
    {
        var bytes = Page("<meta charset=\"iso-2022-jp\">", CodePage("iso-2022-jp"), "東京");

        Assert.Contains("<p>東京</p>", SourceText.DecodePage(bytes, out _));
    }

    [Fact]
    public void Plain_text_reads_no_declaration()
    {
        byte[] bytes = [.. "<meta charset=\"koi8-r\">"u8, 0xE9];

        Assert.EndsWith("\u00E9", SourceText.Decode(bytes, out _));
    }
}
