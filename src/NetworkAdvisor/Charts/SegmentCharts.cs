using System.Globalization;
using NetworkAdvisor.Analysis;
using static NetworkAdvisor.Charts.FigureBuilder;
using CS = Plotly.NET.CSharp;

namespace NetworkAdvisor.Charts;

/// <summary>Charts of a network's mix: segment bars, function x seniority, company Pareto.</summary>
internal static class SegmentCharts
{
    private const double BarHeight = 26;

    public static ChartFigure SegmentBars(SegmentMix mix, string title)
    {
        ArgumentNullException.ThrowIfNull(mix);
        title ??= string.Empty;
        var segments = mix.Top.IsDefault ? [] : mix.Top.ToArray();
        var figure = new FigureBuilder(title);
        var labels = ChartText.UniqueLabels(segments.Select(s => s.Name));
        var counts = segments.Select(s => s.Count).ToArray();
        var custom = segments.Select(s => new object[] { ChartText.Display(s.Name), s.Share }).ToArray();
        figure.Add(
            CS.Chart.Bar<int, string, string>(
                counts,
                Keys: labels,
                Name: "Connections",
                MultiText: segments.Select(s => ChartText.Percent(s.Share)).ToArray(),
                MarkerColor: Plotly.NET.Color.fromHex(ChartPalette.Blue),
                UseDefaults: false),
            ("customdata", custom),
            ("textposition", "outside"),
            ("cliponaxis", false),
            ("hovertemplate", "<b>%{customdata[0]}</b><br>%{x:,} connections<br>%{customdata[1]:.1%} of your network<extra></extra>"));
        figure.Set("xaxis", Axis("Connections", ("rangemode", "tozero")));
        figure.Set("yaxis", Axis(DimensionTitle(mix.Dimension), ("type", "category"), ("autorange", "reversed")));
        figure.Set("showlegend", false);
        figure.Set("height", Height(segments.Length));
        if (segments.Length == 0)
        {
            figure.NoData();
        }

        return figure.Build("segment-" + DimensionSlug(mix.Dimension), title);
    }

    public static ChartFigure FunctionSeniority(CrossTab crossTab)
    {
        ArgumentNullException.ThrowIfNull(crossTab);
        var rowNames = crossTab.RowNames.IsDefault ? [] : crossTab.RowNames.ToArray();
        var columnNames = crossTab.ColumnNames.IsDefault ? [] : crossTab.ColumnNames.ToArray();
        var title = string.Create(
            CultureInfo.InvariantCulture, $"{DimensionTitle(crossTab.Rows)} and {DimensionTitle(crossTab.Columns).ToLowerInvariant()}");
        var ids = new List<string>();
        var labels = new List<string>();
        var parents = new List<string>();
        var values = new List<int>();
        var names = new List<string>();
        for (var r = 0; r < rowNames.Length; r++)
        {
            var row = crossTab.Counts.IsDefault || r >= crossTab.Counts.Length || crossTab.Counts[r].IsDefault ? [] : crossTab.Counts[r];
            var rowTotal = row.Where(v => v > 0).Sum();
            if (rowTotal == 0)
            {
                continue;
            }

            var rowId = string.Create(CultureInfo.InvariantCulture, $"r{r}");
            ids.Add(rowId);
            labels.Add(ChartText.Short(rowNames[r], 24));
            parents.Add(string.Empty);
            values.Add(rowTotal);
            names.Add(ChartText.Display(rowNames[r]));
            for (var c = 0; c < columnNames.Length && c < row.Length; c++)
            {
                if (row[c] <= 0)
                {
                    continue;
                }

                ids.Add(string.Create(CultureInfo.InvariantCulture, $"r{r}c{c}"));
                labels.Add(ChartText.Short(columnNames[c], 24));
                parents.Add(rowId);
                values.Add(row[c]);
                names.Add(ChartText.Display(rowNames[r]) + " · " + ChartText.Display(columnNames[c]));
            }
        }

        var figure = new FigureBuilder(title);
        figure.Add(
            CS.Chart.Sunburst<string, string, int, string, string>(
                labels.ToArray(), parents.ToArray(), Values: values.ToArray(), Ids: ids.ToArray(), Name: title, UseDefaults: false),
            ("branchvalues", "total"),
            ("customdata", names.ToArray()),
            ("insidetextorientation", "radial"),
            ("hovertemplate", "<b>%{customdata}</b><br>%{value:,} connections<br>%{percentRoot:.1%} of the network<extra></extra>"));
        figure.Set("sunburstcolorway", ChartPalette.Colorway);
        figure.Set("extendsunburstcolors", true);
        figure.Set("height", 560);
        figure.Set("margin", Of(("t", 60), ("r", 10), ("b", 10), ("l", 10)));
        if (ids.Count == 0)
        {
            figure.NoData();
        }

        var id = crossTab.Rows == SegmentDimension.Function && crossTab.Columns == SegmentDimension.Seniority
            ? "function-seniority"
            : "crosstab-" + DimensionSlug(crossTab.Rows) + "-" + DimensionSlug(crossTab.Columns);
        return figure.Build(id, title);
    }

    public static ChartFigure CompanyPareto(SegmentMix companyMix)
    {
        ArgumentNullException.ThrowIfNull(companyMix);
        const string title = "Top companies and their cumulative share";
        // Real companies only: "Other" and placeholders such as "(no company)" are not a company.
        var companies = (companyMix.Top.IsDefault ? [] : companyMix.Top.ToArray())
            .Where(s => !s.IsPlaceholder)
            .ToArray();
        var labels = ChartText.UniqueLabels(companies.Select(s => s.Name), 24);
        var cumulative = new double[companies.Length];
        var running = 0.0;
        for (var i = 0; i < companies.Length; i++)
        {
            running += companies[i].Share;
            cumulative[i] = Math.Min(1, running);
        }

        var figure = new FigureBuilder(title);
        figure.Add(
            CS.Chart.Column<int, string, string>(
                companies.Select(s => s.Count).ToArray(),
                Keys: labels,
                Name: "Connections",
                MarkerColor: Plotly.NET.Color.fromHex(ChartPalette.Blue),
                UseDefaults: false),
            ("customdata", companies.Select(s => new object[] { ChartText.Display(s.Name), s.Share }).ToArray()),
            ("hovertemplate", "<b>%{customdata[0]}</b><br>%{y:,} connections<br>%{customdata[1]:.1%} of your network<extra></extra>"));
        figure.Add(
            CS.Chart.Line<string, double, string>(
                labels,
                cumulative,
                ShowMarkers: true,
                Name: "Cumulative share",
                LineColor: Plotly.NET.Color.fromHex(ChartPalette.Vermillion),
                MarkerColor: Plotly.NET.Color.fromHex(ChartPalette.Vermillion),
                UseDefaults: false),
            ("yaxis", "y2"),
            ("customdata", companies.Select(s => ChartText.Display(s.Name)).ToArray()),
            ("hovertemplate", "up to <b>%{customdata}</b>: %{y:.1%} of your network<extra></extra>"));
        figure.Set("xaxis", Axis("Company", ("type", "category"), ("tickangle", -35)));
        figure.Set("yaxis", Axis("Connections", ("rangemode", "tozero")));
        figure.Set("yaxis2", Axis(
            "Cumulative share of network",
            ("overlaying", "y"),
            ("side", "right"),
            ("range", new[] { 0.0, 1.05 }),
            ("tickformat", ".0%"),
            ("showgrid", false)));
        figure.Set("legend", Of(("orientation", "h"), ("x", 0), ("y", 1.08)));
        figure.Set("height", 480);
        if (companies.Length == 0)
        {
            figure.NoData();
        }

        return figure.Build("company-pareto", title);
    }

    internal static string DimensionTitle(SegmentDimension dimension) => dimension switch
    {
        SegmentDimension.Function => "Job function",
        SegmentDimension.Seniority => "Seniority",
        SegmentDimension.Company => "Company",
        SegmentDimension.Relationship => "Relationship",
        SegmentDimension.Tag => "Tag",
        SegmentDimension.EmailDomain => "E-mail domain",
        SegmentDimension.ConnectedYear => "Year connected",
        _ => "Segment",
    };

    internal static string DimensionSlug(SegmentDimension dimension) => dimension switch
    {
        SegmentDimension.Function => "function",
        SegmentDimension.Seniority => "seniority",
        SegmentDimension.Company => "company",
        SegmentDimension.Relationship => "relationship",
        SegmentDimension.Tag => "tag",
        SegmentDimension.EmailDomain => "email-domain",
        SegmentDimension.ConnectedYear => "connected-year",
        _ => "segment",
    };

    private static int Height(int bars) => (int)Math.Max(320, (BarHeight * bars) + 140);
}
