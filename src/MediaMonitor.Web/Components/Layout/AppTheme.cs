using MudBlazor;

namespace MediaMonitor.Web.Components.Layout;

internal static class AppTheme
{
    /// <summary>UI text in Noto Sans Arabic (self-hosted); article bodies use Noto Naskh Arabic through app.css.</summary>
    private static readonly string[] UiFont = ["Noto Sans Arabic", "Noto Naskh Arabic", "Tahoma", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#b5651d",
            AppbarBackground = "#17324d",
            Background = "#f6f7f9",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7ab8e0",
            Secondary = "#e0a46b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = UiFont, FontSize = "0.95rem", LineHeight = "1.6" },
            H4 = new H4Typography { FontFamily = UiFont, FontWeight = "700" },
            H5 = new H5Typography { FontFamily = UiFont, FontWeight = "700" },
            H6 = new H6Typography { FontFamily = UiFont, FontWeight = "600" },
            Body1 = new Body1Typography { FontFamily = UiFont },
            Body2 = new Body2Typography { FontFamily = UiFont },
            Button = new ButtonTypography { FontFamily = UiFont },
        },
    };
}
