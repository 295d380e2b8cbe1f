namespace NetworkAdvisor.Analysis;

/// <summary>The length of one row of a <see cref="GrowthTimeline"/>.</summary>
public enum GrowthPeriod
{
    /// <summary>One calendar day, labelled <c>yyyy-MM-dd</c>.</summary>
    Day,

    /// <summary>One ISO 8601 week, Monday to Sunday, labelled <c>yyyy-Www</c> with the ISO week-numbering year (2021-01-03 is <c>2020-W53</c>).</summary>
    Week,

    /// <summary>One calendar month, labelled <c>yyyy-MM</c>.</summary>
    Month,

    /// <summary>One calendar quarter (January-March is Q1), labelled <c>yyyy-Qn</c>.</summary>
    Quarter,

    /// <summary>One calendar year, labelled <c>yyyy</c>.</summary>
    Year,
}
