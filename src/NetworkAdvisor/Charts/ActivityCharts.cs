using NetworkAdvisor.Analysis;
using static NetworkAdvisor.Charts.FigureBuilder;
using CS = Plotly.NET.CSharp;

namespace NetworkAdvisor.Charts;

/// <summary>Charts of activity: how recently connections were messaged, and incoming invitations.</summary>
internal static class ActivityCharts
{
    private static readonly string[] RecencyBuckets = ["< 3 months", "3–12 months", "1–2 years", "> 2 years", "Never"];

    private static readonly string[] RecencyColors =
        [ChartPalette.BluishGreen, ChartPalette.SkyBlue, ChartPalette.Orange, ChartPalette.Vermillion, ChartPalette.Grey];

    public static ChartFigure EngagementRecency(EngagementResult engagement, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        const string title = "When you last messaged your connections";
        // Identified connections by their last message; those never messaged are the identified ones left, so the
        // million contacts of a team are read for their last contact only, not followed to their connections.
        var counts = new int[RecencyBuckets.Length];
        foreach (var contact in engagement.Contacts.IsDefault ? [] : engagement.Contacts)
        {
            if (contact.LastContact is not null && !contact.Connection.Connection.IsHidden)
            {
                counts[Bucket(contact.LastContact, asOf)]++;
            }
        }

        var identified = engagement.Identified;
        counts[Bucket(null, asOf)] = Math.Max(0, identified - counts.Sum());
        var shares = counts.Select(c => identified == 0 ? 0 : (double)c / identified).ToArray();
        var figure = new FigureBuilder(title);
        figure.Add(
            CS.Chart.Column<int, string, string>(
                counts,
                Keys: RecencyBuckets,
                Name: "Connections",
                MultiText: shares.Select(ChartText.Percent).ToArray(),
                UseDefaults: false),
            ("marker", Of(("color", RecencyColors))),
            ("customdata", shares),
            ("textposition", "outside"),
            ("cliponaxis", false),
            ("hovertemplate", "Last message %{x}<br>%{y:,} connections<br>%{customdata:.1%} of identified connections<extra></extra>"));
        figure.Set("xaxis", Axis("Last message, as of " + ChartText.Date(asOf), ("type", "category")));
        figure.Set("yaxis", Axis("Connections", ("rangemode", "tozero")));
        figure.Set("showlegend", false);
        figure.Set("height", 400);
        if (identified == 0)
        {
            figure.NoData();
        }

        return figure.Build("engagement-recency", title);
    }

    public static ChartFigure InvitationBreakdown(InvitationTriageResult triage)
    {
        ArgumentNullException.ThrowIfNull(triage);
        const string title = "Incoming invitations by kind, with suggestions";
        var incoming = triage.Incoming.IsDefault ? [] : triage.Incoming.ToArray();
        var categories = new (InvitationCategory Category, string Name)[]
        {
            (InvitationCategory.PersonalNote, "Personal note"),
            (InvitationCategory.NoNote, "No note"),
            (InvitationCategory.Recruiter, "Recruiter"),
            (InvitationCategory.SalesPitch, "Sales pitch"),
            (InvitationCategory.SpamLike, "Spam-like"),
        };
        var suggestions = new (InvitationSuggestion Suggestion, string Name, string Color)[]
        {
            (InvitationSuggestion.Accept, "Accept", ChartPalette.BluishGreen),
            (InvitationSuggestion.Review, "Review", ChartPalette.SkyBlue),
            (InvitationSuggestion.Ignore, "Ignore", ChartPalette.Vermillion),
        };
        var keys = categories.Select(c => c.Name).ToArray();
        var figure = new FigureBuilder(title);
        foreach (var (suggestion, name, color) in suggestions)
        {
            var counts = categories
                .Select(c => incoming.Count(i => i.Category == c.Category && i.Suggestion == suggestion))
                .ToArray();
            figure.Add(
                CS.Chart.Column<int, string, string>(
                    counts,
                    Keys: keys,
                    Name: name,
                    MarkerColor: Plotly.NET.Color.fromHex(color),
                    UseDefaults: false),
                ("customdata", Enumerable.Repeat(name, counts.Length).ToArray()),
                ("hovertemplate", "%{x}: %{y:,} to %{customdata}<extra></extra>"));
        }

        figure.Set("barmode", "stack");
        figure.Set("xaxis", Axis("What the note is", ("type", "category")));
        figure.Set("yaxis", Axis("Incoming invitations", ("rangemode", "tozero")));
        figure.Set("legend", Of(("title", Of(("text", "Suggestion"))), ("orientation", "h"), ("x", 0), ("y", 1.1)));
        figure.Set("height", 420);
        if (incoming.Length == 0)
        {
            figure.NoData("No incoming invitations");
        }

        return figure.Build("invitations", title);
    }

    private static int Bucket(DateTime? lastContact, DateOnly asOf)
    {
        if (lastContact is not { } last)
        {
            return 4;
        }

        var day = DateOnly.FromDateTime(last);
        return day >= asOf.AddMonths(-3) ? 0
            : day >= asOf.AddMonths(-12) ? 1
            : day >= asOf.AddMonths(-24) ? 2
            : 3;
    }
}
