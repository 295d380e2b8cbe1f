using System.Text;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Import;

public sealed class TextDecoderTests
{
    [Fact]
    public void Utf8_with_and_without_bom_decodes_the_same()
    {
        var plain = Encoding.UTF8.GetBytes("Zoë,Müller");
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. plain];

        Assert.Equal("Zoë,Müller", TextDecoder.Decode(plain, out var repairedPlain));
        Assert.Equal("Zoë,Müller", TextDecoder.Decode(withBom, out var repairedBom));
        Assert.Equal(0, repairedPlain + repairedBom);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Utf16_with_bom_decodes(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Łukasz,Ørsted")];

        Assert.Equal("Łukasz,Ørsted", TextDecoder.Decode(bytes, out _));
    }

    [Fact]
    public void Windows_1252_bytes_inside_utf8_are_kept_as_their_characters()
    {
        // "Café €" in UTF-8, then "Zoë" and a euro sign and curly quote in Windows-1252.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Café\n"), (byte)'Z', (byte)'o', 0xEB, (byte)' ', 0x80, (byte)' ', 0x93];

        var text = TextDecoder.Decode(bytes, out var repaired);

        Assert.Equal("Café\nZoë € “", text);
        Assert.Equal(3, repaired);
    }
}
