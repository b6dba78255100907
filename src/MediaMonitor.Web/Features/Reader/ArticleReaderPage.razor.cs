using MediaMonitor.Core.Articles;
using MediaMonitor.Core.Reading;
using MediaMonitor.Web.Features.Articles;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace MediaMonitor.Web.Features.Reader;

public sealed partial class ArticleReaderPage
{
    [Inject] private ArticleQueries Articles { get; set; } = null!;

    [Inject] private ReaderQueries Reader { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Parameter] public long Id { get; set; }

    [SupplyParameterFromQuery(Name = "source")] private long[]? SourceParameter { get; set; }
    [SupplyParameterFromQuery(Name = "from")] private string? FromParameter { get; set; }
    [SupplyParameterFromQuery(Name = "to")] private string? ToParameter { get; set; }
    [SupplyParameterFromQuery(Name = "q")] private string? TextParameter { get; set; }
    [SupplyParameterFromQuery(Name = "sort")] private string? SortParameter { get; set; }
    [SupplyParameterFromQuery(Name = "page")] private int? PageParameter { get; set; }

    private ArticleDetail? article;
    private ReaderAnalysis analysis = ReaderAnalysis.Empty;
    private ReaderModel? model;
    private ReaderLayers layers = ReaderLayers.All;
    private bool loading = true;
    private long? previous;
    private long? next;
    private ArticleListQuery list = new();
    private string listUrl = "/articles";
    private ElementReference articleElement;
    private IJSObjectReference? module;
    private long? attachedTo;

    protected override async Task OnParametersSetAsync()
    {
        loading = true;
        list = ArticleListQuery.Parse(SourceParameter, FromParameter, ToParameter, TextParameter, SortParameter, PageParameter);
        listUrl = list.ToUrl(Navigation);
        article = await Articles.GetAsync(Id);
        analysis = article is null ? ReaderAnalysis.Empty : await Reader.GetAsync(Id);
        model = article is null ? null : ReaderModel.Build(article.Body, analysis);
        (previous, next) = article is null ? (null, null) : await Articles.NeighboursAsync(Id, list.ToFilter());
        loading = false;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Once per article shown: tooltips on the text, and a jump to the quotation named in the URL (#q-…).
        if (article is null || model is null || attachedTo == article.Id)
        {
            return;
        }

        attachedTo = article.Id;
        try
        {
            module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Reader/ArticleReaderPage.razor.js");
            await module.InvokeVoidAsync("attach", articleElement);
        }
        catch (JSDisconnectedException)
        {
        }
    }

    private async Task JumpToAsync(long quoteId)
    {
        if (module is not null)
        {
            await module.InvokeVoidAsync("flash", $"q-{quoteId}");
        }
    }

    private async Task CopyAsync(ReaderQuote quote)
    {
        if (article is null || module is null)
        {
            return;
        }

        var link = Navigation.ToAbsoluteUri($"/articles/{article.Id}#q-{quote.Id}").ToString();
        var text = QuotationCitation.Format(quote.Text, quote.Kind != "indirect", quote.SpeakerDisplayName, article.SourceName, article.PublishedAt, article.DateEstimated, link);
        var copied = await module.InvokeAsync<bool>("copy", text);
        if (copied)
        {
            Snackbar.Add("نُسخ الاقتباس مع الإحالة إلى الحافظة", Severity.Success);
        }
        else
        {
            Snackbar.Add("تعذّر النسخ إلى الحافظة", Severity.Error);
        }
    }

    private async Task PrintAsync()
    {
        if (module is not null)
        {
            await module.InvokeVoidAsync("print");
        }
    }

    private string? NeighbourUrl(long? id) => id is null
        ? null
        : Navigation.GetUriWithQueryParameters(Navigation.ToAbsoluteUri($"/articles/{id}").ToString(), list.QueryParameters());

    public async ValueTask DisposeAsync()
    {
        if (module is null)
        {
            return;
        }

        try
        {
            await module.InvokeVoidAsync("detach", articleElement);
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
    }
}
