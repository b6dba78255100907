using System.Globalization;
using MediaMonitor.Core.Briefing;
using MediaMonitor.Core.Daily;

namespace MediaMonitor.Web.Features.Daily;

/// <summary>
/// <c>GET /briefing.docx?from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;source=ID…</c>: the briefing of any period and outlets
/// without a browser (a link the dashboard can offer for its filter); charts drawn on the server.
/// </summary>
internal static class BriefingEndpoints
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapBriefingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/briefing.docx", async (string? from, string? to, long[]? source, BriefingService briefing, DailyQueries daily, HttpContext http, CancellationToken cancellationToken) =>
        {
            DateOnly? first = Parse(from), last = Parse(to);
            if ((from is not null && first is null) || (to is not null && last is null))
            {
                return Results.BadRequest("from and to are days: yyyy-MM-dd");
            }

            if ((first ?? last ?? await daily.LatestDayAsync(cancellationToken)) is not { } start)
            {
                return Results.NotFound("no articles");
            }

            var end = last ?? start;
            if (end < start)
            {
                return Results.BadRequest("to is before from");
            }

            var filter = new PeriodFilter(start, end, source ?? []);
            var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/";
            var bytes = await briefing.ExportAsync(filter, null, baseUrl, cancellationToken);
            return Results.File(bytes, ContentType, BriefingService.FileName(filter));
        });
        return endpoints;
    }

    private static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
