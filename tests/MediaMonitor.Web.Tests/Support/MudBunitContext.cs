using Bunit;
using MudBlazor.Services;

namespace MediaMonitor.Web.Tests.Support;

/// <summary>
/// A bUnit context with MudBlazor's services. MudBlazor registers services that only dispose asynchronously, so
/// the context is disposed through <see cref="IAsyncLifetime"/>.
/// </summary>
public abstract class MudBunitContext : BunitContext, IAsyncLifetime
{
    protected MudBunitContext()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        OnDisposed();
    }

    /// <summary>Releases what the test class owns besides the context.</summary>
    protected virtual void OnDisposed()
    {
    }
}
