using MediaMonitor.Analysis;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Highlighting;
using MediaMonitor.Analysis.Quotes;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Reading;
using MediaMonitor.Web.Features.Common;

namespace MediaMonitor.Web.Features.Reader;

/// <summary>A speaker of the article: the legend entry and the side panel's group.</summary>
public sealed record ReaderSpeaker(string Key, string Name, long? ActorId, string? Role, SpeakerColor Color, IReadOnlyList<ReaderQuote> Quotes);

/// <summary>What the reader page draws, computed once per article: highlighted paragraphs, speakers, labels.</summary>
public sealed class ReaderModel
{
    public const string UnknownSpeaker = "متحدث غير محدد";

    private readonly Dictionary<long, ReaderQuote> quotes;
    private readonly Dictionary<string, ReaderSpeaker> speakersByKey;

    private ReaderModel(IReadOnlyList<HighlightParagraph> paragraphs, Dictionary<long, ReaderQuote> quotes, IReadOnlyList<ReaderSpeaker> speakers, IReadOnlyDictionary<long, ReaderMention> mentionNames)
    {
        Paragraphs = paragraphs;
        this.quotes = quotes;
        Speakers = speakers;
        speakersByKey = speakers.ToDictionary(s => s.Key, StringComparer.Ordinal);
        MentionNames = mentionNames;
    }

    public IReadOnlyList<HighlightParagraph> Paragraphs { get; }

    /// <summary>Speakers in the order they first speak in the article.</summary>
    public IReadOnlyList<ReaderSpeaker> Speakers { get; }

    /// <summary>One mention per actor id, for names and types in labels.</summary>
    public IReadOnlyDictionary<long, ReaderMention> MentionNames { get; }

    public static ReaderModel Build(string body, ReaderAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(analysis);
        var quoteHighlights = analysis.Quotes.Select(q => new QuoteHighlight(
            q.Id, new TextSpan(q.Start, q.Length), q.Kind == "indirect" ? QuoteKind.Indirect : QuoteKind.Direct, SpeakerKey(q)));
        var mentionHighlights = analysis.Mentions.Select(m => new MentionHighlight(m.ActorId, new TextSpan(m.Start, m.Length), ActorQueries.ParseType(m.ActorType)));
        var paragraphs = ArticleHighlighter.Build(body, quoteHighlights, mentionHighlights);
        var speakers = analysis.Quotes
            .GroupBy(SpeakerKey, StringComparer.Ordinal)
            .Select(g => new ReaderSpeaker(g.Key, g.First().SpeakerDisplayName ?? UnknownSpeaker, g.First().SpeakerActorId, g.First().SpeakerRole, SpeakerPalette.ForKey(g.Key), g.ToList()))
            .ToList();
        var names = analysis.Mentions.GroupBy(m => m.ActorId).ToDictionary(g => g.Key, g => g.First());
        return new ReaderModel(paragraphs, analysis.Quotes.ToDictionary(q => q.Id), speakers, names);
    }

    public static string SpeakerKey(ReaderQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return SpeakerPalette.Key(quote.SpeakerActorId, quote.SpeakerText);
    }

    public ReaderQuote Quote(long id) => quotes[id];

    public ReaderSpeaker SpeakerOf(ReaderQuote quote) => speakersByKey[SpeakerKey(quote)];

    public static string KindLabel(string kind) => kind == "indirect" ? "اقتباس غير مباشر" : "اقتباس مباشر";

    /// <summary>What hovering or focusing a quotation shows: speaker, role when known, cue, kind (one per line).</summary>
    public string Tip(ReaderQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var speaker = SpeakerOf(quote);
        var lines = new List<string> { "المتحدث: " + speaker.Name };
        if (!string.IsNullOrWhiteSpace(speaker.Role))
        {
            lines.Add("الصفة: " + speaker.Role);
        }

        if (!string.IsNullOrWhiteSpace(quote.Cue))
        {
            lines.Add("فعل القول: " + quote.Cue);
        }

        lines.Add("النوع: " + KindLabel(quote.Kind));
        return string.Join('\n', lines);
    }

    /// <summary>The accessible name of a quotation: the kind and the speaker, so nothing depends on colour.</summary>
    public string AriaLabel(ReaderQuote quote) => $"{KindLabel(quote?.Kind ?? "direct")} — {SpeakerOf(quote!).Name}";

    public static string TypeName(string type) => type switch
    {
        "person" => "شخص",
        "organization" => "جهة",
        _ => "مكان",
    };

    public static string TypeIcon(string type) => type switch
    {
        "person" => MudBlazor.Icons.Material.Outlined.Person,
        "organization" => MudBlazor.Icons.Material.Outlined.AccountBalance,
        _ => MudBlazor.Icons.Material.Outlined.Place,
    };

    public static string TypeName(ActorType type) => TypeName(ActorQueries.TypeName(type));
}
