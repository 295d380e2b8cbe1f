namespace NetworkAdvisor.Export;

/// <summary>The shapes <c>Connections.csv</c> has had, as documented in <c>docs/export-format.md</c>.</summary>
public enum ConnectionsEra
{
    /// <summary>Since mid-2023: the Notes preamble, a <c>URL</c> column, dates like <c>08 Feb 2026</c>.</summary>
    Current,

    /// <summary>Mid-2021 to mid-2023: the preamble, no <c>URL</c> column.</summary>
    Preamble2021,

    /// <summary>Up to mid-2021: no preamble, no <c>URL</c> column.</summary>
    Plain2020,

    /// <summary>About 2017: <c>Current Company</c> and <c>Current Position</c> headers.</summary>
    Legacy2017,

    /// <summary>2016-2018: dates like <c>1/8/18, 6:14 PM</c> and extra <c>Address</c>, <c>Websites</c>, <c>Instant Messengers</c> columns.</summary>
    Legacy2016,

    /// <summary>Re-saved by US Excel: BOM, CRLF, <c>Notes:,,</c> preamble, dates like <c>4-Apr-21</c>.</summary>
    ExcelUs,

    /// <summary>Re-saved by European Excel: BOM, CRLF, <c>;</c> separators, a <c>Column1;Column2</c> line, dates like <c>16.09.2021</c>.</summary>
    ExcelEuropean,

    /// <summary>Re-saved by German Excel: <c>;</c> separators, dates like <c>06-Mai-22</c> with German month abbreviations.</summary>
    ExcelGermanMonths,

    /// <summary>Today's format with some rows in Windows-1252 instead of UTF-8 (mixed encodings).</summary>
    MixedEncoding,

    /// <summary>Edited by the user: no preamble, name and e-mail columns deleted, headers renamed (<c>ConnectedOn</c>), rows re-sorted, ISO dates.</summary>
    UserEdited,
}
