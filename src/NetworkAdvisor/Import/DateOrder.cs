namespace NetworkAdvisor.Import;

/// <summary>How to read an all-numeric date whose day and month are both 12 or less.</summary>
internal enum DateOrder
{
    /// <summary>US order, as LinkedIn writes <c>1/8/18</c>: month first.</summary>
    MonthFirst,

    /// <summary>European order, as Excel writes <c>08/01/2018</c> in many locales: day first.</summary>
    DayFirst,
}
