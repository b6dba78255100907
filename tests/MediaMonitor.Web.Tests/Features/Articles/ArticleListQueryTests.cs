using Bunit;
using MediaMonitor.Web.Features.Articles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace MediaMonitor.Web.Tests.Features.Articles;

public sealed class ArticleListQueryTests : BunitContext
{
    [Fact]
    public void QueryParametersRoundTripThroughTheUrl()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var query = new ArticleListQuery
        {
            Sources = [3, 7],
            From = new DateOnly(2018, 3, 1),
            To = new DateOnly(2018, 3, 31),
            Text = "الكاظمي",
            OldestFirst = true,
            Page = 2,
        };

        var url = new Uri(query.ToUrl(navigation));
        var parsed = QueryHelpers.ParseQuery(url.Query);
        var back = ArticleListQuery.Parse(
            parsed["source"].Select(s => long.Parse(s!, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            parsed["from"], parsed["to"], parsed["q"], parsed["sort"], int.Parse(parsed["page"]!, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("/articles", url.AbsolutePath);
        Assert.Equal(query.Sources, back.Sources);
        Assert.Equal(query with { Sources = back.Sources }, back);
    }

    [Fact]
    public void MalformedDatesAndPagesAreIgnored()
    {
        var query = ArticleListQuery.Parse(null, "2018-13-45", "yesterday", "  ", null, -3);

        Assert.Null(query.From);
        Assert.Null(query.To);
        Assert.Null(query.Text);
        Assert.Equal(0, query.Page);
        Assert.False(query.OldestFirst);
    }
}
