using MediaMonitor.Web;
using MediaMonitor.Web.Components;

var builder = WebApplication.CreateBuilder(WebHostLocation.Options(args));
builder.WebHost.UseStaticWebAssets();
builder.Services.AddMediaMonitorWeb(builder.Configuration, builder.Environment.ContentRootPath);

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();
app.MapStaticAssets();
// Fonts and scripts that npm puts into wwwroot after the build manifest was made are served from disk.
app.UseStaticFiles();
app.MapMediaMonitorEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await app.RunAsync().ConfigureAwait(false);

/// <summary>Entry point; public so that WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
