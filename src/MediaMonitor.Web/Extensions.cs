using System.Text.Encodings.Web;
using System.Text.Unicode;
using MediaMonitor.Core;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Setup;
using MediaMonitor.Web.Features.Daily;
using MudBlazor;
using MudBlazor.Services;

namespace MediaMonitor.Web;

internal static class Extensions
{
    public static IServiceCollection AddMediaMonitorWeb(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Without this, Arabic in server-rendered HTML is written as &#x...; entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft;
        });
        services.AddMediaMonitorCore(configuration, contentRoot);
        services.AddHostedService<DatabaseInitializer>();
        services.AddSingleton<ImportJobService>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportJobService>());
        services.AddSingleton<ReanalysisJob>();
        services.AddHostedService<MediaMonitor.Core.Dashboard.DashboardCacheInvalidation>();
        services.AddHttpClient();
        return services;
    }

    public static IEndpointRouteBuilder MapMediaMonitorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapBriefingEndpoints();
        return endpoints;
    }
}
