using System.Text.Json.Nodes;

namespace MediaMonitor.Web.Charts;

/// <summary>How one chart looks, besides its data.</summary>
public sealed record ChartLook(string? Title = null, bool Stacked = false, int Height = 320, bool DarkMode = false, IReadOnlyList<string>? Colors = null);

/// <summary>
/// Turns <see cref="ChartData"/> into ApexCharts options (JSON). The module adds what JSON cannot carry: the Arabic
/// locale, the export buttons and the click events.
/// </summary>
public static class ChartOptionsBuilder
{
    /// <summary>The app's UI face; the export embeds it so that PNG and SVG files keep their Arabic.</summary>
    public const string FontFamily = "'Noto Sans Arabic', 'Noto Naskh Arabic', Tahoma, sans-serif";

    /// <summary>Distinct, colour-blind-friendly series colours (Okabe–Ito order, then a few more).</summary>
    public static IReadOnlyList<string> DefaultColors { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#7F7F7F", "#F0E442", "#332288", "#882255", "#44AA99", "#999933"];

    public static JsonObject Build(ChartKind kind, ChartData data, ChartLook look)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(look);
        var foreground = look.DarkMode ? "#e6e6e6" : "#333333";
        var options = new JsonObject
        {
            ["chart"] = new JsonObject
            {
                ["type"] = TypeName(kind),
                ["height"] = look.Height,
                ["stacked"] = look.Stacked && kind is ChartKind.Bar or ChartKind.HorizontalBar or ChartKind.Area,
                ["fontFamily"] = FontFamily,
                ["foreColor"] = foreground,
                ["background"] = "transparent",
                ["animations"] = new JsonObject { ["enabled"] = false },
                ["zoom"] = new JsonObject { ["enabled"] = false },
                ["parentHeightOffset"] = 0,
            },
            ["theme"] = new JsonObject { ["mode"] = look.DarkMode ? "dark" : "light" },
            ["colors"] = Strings(look.Colors ?? DefaultColors),
            ["dataLabels"] = new JsonObject { ["enabled"] = kind is ChartKind.Donut or ChartKind.Heatmap },
            ["legend"] = new JsonObject
            {
                ["show"] = kind == ChartKind.Donut || data.Series.Count > 1,
                ["position"] = kind == ChartKind.Donut ? "right" : "top",
                ["horizontalAlign"] = "right",
                ["fontSize"] = "13px",
            },
            ["tooltip"] = new JsonObject
            {
                ["theme"] = look.DarkMode ? "dark" : "light",
                ["shared"] = kind is ChartKind.Line or ChartKind.Area,
                ["intersect"] = kind is not (ChartKind.Line or ChartKind.Area),
            },
            ["states"] = new JsonObject
            {
                ["active"] = new JsonObject { ["filter"] = new JsonObject { ["type"] = "none" } },
            },
            ["noData"] = new JsonObject { ["text"] = "لا بيانات في هذا النطاق" },
        };

        if (!string.IsNullOrWhiteSpace(look.Title))
        {
            options["title"] = new JsonObject
            {
                ["text"] = look.Title,
                ["align"] = "right",
                ["style"] = new JsonObject { ["fontSize"] = "15px", ["fontWeight"] = 600 },
            };
        }

        switch (kind)
        {
            case ChartKind.Donut:
                options["series"] = Numbers(data.Series.Count > 0 ? data.Series[0].Values : []);
                options["labels"] = Strings(data.Categories);
                options["plotOptions"] = new JsonObject
                {
                    ["pie"] = new JsonObject { ["donut"] = new JsonObject { ["size"] = "55%" } },
                };
                break;
            case ChartKind.Heatmap:
                options["series"] = HeatmapSeries(data);
                options["plotOptions"] = new JsonObject
                {
                    ["heatmap"] = new JsonObject { ["shadeIntensity"] = 0.6, ["radius"] = 2 },
                };
                options["colors"] = Strings([(look.Colors ?? DefaultColors)[0]]);
                options["xaxis"] = new JsonObject { ["labels"] = new JsonObject { ["rotate"] = -45, ["trim"] = true } };
                break;
            default:
                options["series"] = AxisSeries(data);
                options["xaxis"] = new JsonObject
                {
                    ["categories"] = Strings(data.Categories),
                    ["labels"] = new JsonObject { ["rotate"] = -45, ["hideOverlappingLabels"] = true, ["trim"] = true },
                    ["tickPlacement"] = "on",
                };
                options["yaxis"] = new JsonObject
                {
                    ["decimalsInFloat"] = 0,
                    ["forceNiceScale"] = true,
                    ["labels"] = new JsonObject { ["maxWidth"] = 220 },
                };
                options["plotOptions"] = new JsonObject
                {
                    ["bar"] = new JsonObject
                    {
                        ["horizontal"] = kind == ChartKind.HorizontalBar,
                        ["borderRadius"] = 2,
                        ["barHeight"] = "70%",
                        ["columnWidth"] = "70%",
                    },
                };
                options["stroke"] = kind is ChartKind.Line or ChartKind.Area
                    ? new JsonObject { ["curve"] = "smooth", ["width"] = 2 }
                    : new JsonObject { ["width"] = 0 };
                options["markers"] = new JsonObject { ["size"] = kind is ChartKind.Line or ChartKind.Area ? 3 : 0 };
                break;
        }

        return options;
    }

    private static string TypeName(ChartKind kind) => kind switch
    {
        ChartKind.Line => "line",
        ChartKind.Area => "area",
        ChartKind.Bar or ChartKind.HorizontalBar => "bar",
        ChartKind.Donut => "donut",
        ChartKind.Heatmap => "heatmap",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static JsonArray AxisSeries(ChartData data)
    {
        var series = new JsonArray();
        foreach (var s in data.Series)
        {
            series.Add(new JsonObject { ["name"] = s.Name, ["data"] = Numbers(s.Values) });
        }

        return series;
    }

    private static JsonArray HeatmapSeries(ChartData data)
    {
        var series = new JsonArray();
        foreach (var s in data.Series)
        {
            var points = new JsonArray();
            for (var i = 0; i < data.Categories.Count; i++)
            {
                points.Add(new JsonObject { ["x"] = data.Categories[i], ["y"] = i < s.Values.Count ? s.Values[i] : 0 });
            }

            series.Add(new JsonObject { ["name"] = s.Name, ["data"] = points });
        }

        return series;
    }

    private static JsonArray Numbers(IEnumerable<double> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
