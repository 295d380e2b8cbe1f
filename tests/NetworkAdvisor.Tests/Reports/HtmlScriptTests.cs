using NetworkAdvisor.Reports;

namespace NetworkAdvisor.Tests.Reports;

/// <summary>Script text written into an inline script element can never close it.</summary>
public sealed class HtmlScriptTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("var a = 1;", "var a = 1;")]
    [InlineData("a</script>b", "a<\\/script>b")]
    [InlineData("</SCRIPT>", "<\\/script>")]
    [InlineData("x</ScRiPt y</script", "x<\\/script y<\\/script")]
    [InlineData("</scrip", "</scrip")]
    [InlineData("<</script", "<<\\/script")]
    [InlineData("</ script", "</ script")]
    public void Closing_tags_are_escaped_and_the_rest_kept(string script, string expected)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        Html.WriteScript(writer, script);

        Assert.Equal(expected, writer.ToString());
    }

    [Fact]
    public void Long_text_is_written_whole()
    {
        var script = string.Concat(Enumerable.Repeat("function f(){return '</script>';}\n", 50_000));
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        Html.WriteScript(writer, script);

        Assert.Equal(script.Replace("</script", "<\\/script", StringComparison.Ordinal), writer.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("var a = 1;")]
    [InlineData("a</script>b")]
    [InlineData("</SCRIPT>")]
    [InlineData("x</ScRiPt y</script")]
    [InlineData("</scrip")]
    [InlineData("<</script")]
    [InlineData("</ script")]
    [InlineData("</")]
    [InlineData("a</b</script")]
    [InlineData("\u00e9</script\u00e9")]
    public void Bytes_are_escaped_as_text_is(string script)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Html.WriteScript(writer, script);
        using var stream = new MemoryStream();

        Html.WriteScript(stream, System.Text.Encoding.UTF8.GetBytes(script));

        Assert.Equal(writer.ToString(), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
