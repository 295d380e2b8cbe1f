using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Tests.Classification;

public sealed class CompanyNormalizerTests
{
    [Theory]
    [InlineData("Analytical Engines, Ltd", "analytical engines", "Analytical Engines")]
    [InlineData("  ANALYTICAL   engines ltd.  ", "analytical engines", "ANALYTICAL engines")]
    [InlineData("Müller GmbH & Co. KG", "muller", "Müller")]
    [InlineData("Siemens AG", "siemens", "Siemens")]
    [InlineData("Siemens SE", "siemens", "Siemens")]
    [InlineData("Acme, Inc.", "acme", "Acme")]
    [InlineData("Acme LLC", "acme", "Acme")]
    [InlineData("Société Générale S.A.", "societe generale", "Société Générale")]
    [InlineData("Philips B.V.", "philips", "Philips")]
    [InlineData("Grupo Bimbo S.A. de C.V.", "grupo bimbo", "Grupo Bimbo")]
    [InlineData("Volvo Cars AB", "volvo cars", "Volvo Cars")]
    [InlineData("Plan A", "plan a", "Plan A")]
    [InlineData("Johnson & Johnson", "johnson & johnson", "Johnson & Johnson")]
    [InlineData("Ernst & Young", "ernst & young", "Ernst & Young")]
    [InlineData("Procter & Gamble Co.", "procter & gamble", "Procter & Gamble")]
    [InlineData("Banco de Chile", "banco de chile", "Banco de Chile")]
    [InlineData("Inc.", "inc", "Inc.")]
    [InlineData("GmbH", "gmbh", "GmbH")]
    [InlineData("Acme  Rockets", "acme rockets", "Acme Rockets")]
    [InlineData("Acme\tRockets", "acme rockets", "Acme Rockets")]
    [InlineData(" Acme Rockets", "acme rockets", "Acme Rockets")]
    [InlineData("Acme Rockets ", "acme rockets", "Acme Rockets")]
    [InlineData("Acme\u00A0Rockets", "acme rockets", "Acme Rockets")]
    [InlineData("Acme Rockets\nLtd", "acme rockets", "Acme Rockets")]
    [InlineData("Acme", "acme", "Acme")]
    public void Normalises_case_punctuation_and_legal_suffixes_only_at_the_end(string company, string key, string display)
    {
        var result = CompanyNormalizer.Default.Normalize(company);

        Assert.Equal((key, display, false), (result.Key, result.Display, result.IsSelfEmployed));
    }

    [Theory]
    [InlineData("Self-employed")]
    [InlineData("self employed")]
    [InlineData("Freelance")]
    [InlineData("Freelancer")]
    [InlineData("Selbstständig")]
    [InlineData("Independent")]
    [InlineData("Indépendant")]
    [InlineData("Autónomo")]
    [InlineData("ZZP")]
    [InlineData("Libero professionista")]
    [InlineData("Freelance GmbH")]
    [InlineData("Self employed Ltd.")]
    public void Recognises_self_employed_in_many_languages(string company)
    {
        var result = CompanyNormalizer.Default.Normalize(company);

        Assert.True(result.IsSelfEmployed, company);
        Assert.Equal(CompanyName.SelfEmployedKey, result.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(",.;")]
    public void Empty_company_has_no_key(string? company)
    {
        Assert.Equal(CompanyName.None, CompanyNormalizer.Default.Normalize(company));
    }

    [Fact]
    public void Aliases_map_names_onto_one_company()
    {
        var companies = CompanyNormalizer.WithAliases("# my aliases\nAlphabet = Google\nMeta Platforms, Facebook\n", "aliases.txt");

        Assert.Equal(companies.Normalize("Google LLC").Key, companies.Normalize("Alphabet Inc.").Key);
        Assert.Equal("Google", companies.Normalize("alphabet").Display);
        Assert.Equal("facebook", companies.Normalize("Meta Platforms, Inc.").Key);
        Assert.Equal(2, companies.AliasCount);
    }

    [Fact]
    public void A_malformed_alias_line_names_the_line()
    {
        var error = Assert.Throws<FormatException>(() => CompanyNormalizer.WithAliases("Alphabet = Google\nnonsense\n", "aliases.txt"));

        Assert.StartsWith("aliases.txt:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_strings_return()
    {
        Assert.NotNull(CompanyNormalizer.Default.Normalize(new string('x', 1_000_000)));
        Assert.NotNull(CompanyNormalizer.Default.Normalize("\u202E\u0000 GmbH 🚀 & Co. KG"));
    }
}
