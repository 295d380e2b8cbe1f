using System.Globalization;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>
/// Generates a realistic, synthetic LinkedIn export for demos and tests: a multilingual network
/// with every job function and seniority, a long tail of companies, the owner's career, messages,
/// invitations, endorsements, recommendations, skills and company follows. The same options always
/// give the same export; nothing depends on the clock, the culture or global random state.
/// </summary>
public static class SampleExportGenerator
{
    /// <summary>Generates the export described by <paramref name="options"/>.</summary>
    /// <param name="options">Size, seed and date of the export.</param>
    /// <returns>
    /// A bundle whose source is <c>sample:seed=S</c>; its files, skipped paths and issues are empty.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ExportBundle Generate(SampleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SampleAccount.Create(options).Export;
    }

    /// <summary>
    /// Generates an earlier export of the account that <see cref="Generate"/> makes from
    /// <paramref name="options"/>: the same owner and network as they were on
    /// <paramref name="earlierAsOf"/>, for comparing two exports.
    /// </summary>
    /// <param name="options">Size, seed and date of the later export (the account).</param>
    /// <param name="earlierAsOf">The earlier export's date, before <see cref="SampleOptions.AsOf"/>.</param>
    /// <returns>
    /// A bundle whose source is <c>sample:seed=S;as-of=yyyy-MM-dd</c>; its files, skipped paths and
    /// issues are empty.
    /// </returns>
    /// <remarks>
    /// The earlier export holds the connections made on or before <paramref name="earlierAsOf"/>;
    /// plus former connections, removed before the later date, so absent from the later export
    /// (about 2% of the earlier network over half a year); and, for people whose latest job change
    /// fell between the two dates (about 4% over half a year), their previous company and/or title.
    /// Removals and job changes are drawn per account, independent of <paramref name="earlierAsOf"/>,
    /// so exports of one account at several dates agree with each other. Messages, endorsements,
    /// recommendations, company follows and positions stop at <paramref name="earlierAsOf"/>; the
    /// pending invitations are those of that date. The later export is exactly <see cref="Generate"/>'s.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="earlierAsOf"/> is before <see cref="SampleOptions.MinAsOf"/> or not before
    /// <see cref="SampleOptions.AsOf"/>.
    /// </exception>
    public static ExportBundle GenerateEarlier(SampleOptions options, DateOnly earlierAsOf)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Not ThrowIfLessThan: its message formats the date with the current culture's calendar, which cannot show
        // 0001-01-01 under ar-SA (Um Al-Qura) and throws a different exception.
        if (earlierAsOf < SampleOptions.MinAsOf || earlierAsOf >= options.AsOf)
        {
            throw new ArgumentOutOfRangeException(
                nameof(earlierAsOf),
                string.Create(CultureInfo.InvariantCulture, $"The earlier date must be from {SampleOptions.MinAsOf:yyyy-MM-dd} to the day before {options.AsOf:yyyy-MM-dd}, not {earlierAsOf:yyyy-MM-dd}."));
        }
        return EarlierExportBuilder.Build(SampleAccount.Create(options), earlierAsOf);
    }
}
