namespace MediaMonitor.Analysis.Stories;

/// <summary>An earlier article that may report the same event as the one being grouped.</summary>
public sealed record StoryCandidate
{
    public long ArticleId { get; init; }
    public long StoryId { get; init; }
    public required uint[] MinHash { get; init; }
    public int ShingleCount { get; init; }

    /// <summary>Both articles carry the same direct quotation (at least six words, compared normalised).</summary>
    public bool SharesQuotation { get; init; }

    /// <summary>People and organisations both articles mention (places are too common to tell events apart).</summary>
    public int SharedActors { get; init; }
}

/// <summary>
/// When two articles published within <see cref="Window"/> of each other report the same event (one story):
/// <list type="number">
/// <item>near-identical text: estimated Jaccard similarity of their shingles ≥ <see cref="DuplicateJaccard"/>
/// (a wire story under another intro and title);</item>
/// <item>one contains the other: estimated containment ≥ <see cref="Containment"/> when the shorter has at least
/// <see cref="MinShinglesForContainment"/> shingles (a reprint cut after a few paragraphs);</item>
/// <item>the same direct quotation of six words or more and at least <see cref="MinSharedActors"/> shared people or
/// organisations (a rewrite around the same statement; the actors keep a stock phrase said by two people apart);</item>
/// <item>related text (Jaccard ≥ <see cref="RelatedJaccard"/>) and at least <see cref="MinSharedActors"/> shared people
/// or organisations.</item>
/// </list>
/// Same topic and same actors alone never join two articles: ministers meet every day. A story also ends
/// <see cref="MaxSpan"/> after its first article, so a chain of follow-ups cannot creep from event to event.
/// </summary>
public static class StoryRule
{
    public const double DuplicateJaccard = 0.4;
    public const double Containment = 0.7;
    public const int MinShinglesForContainment = 15;
    public const double RelatedJaccard = 0.3;
    public const int MinSharedActors = 3;

    public static readonly TimeSpan Window = TimeSpan.FromHours(48);

    public static readonly TimeSpan MaxSpan = TimeSpan.FromHours(72);

    /// <summary>How strongly the candidate belongs to the same story (higher is closer), or null when it does not.</summary>
    public static double? Match(TextFingerprint article, StoryCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(candidate);
        var jaccard = StoryFingerprinter.EstimateJaccard(article.MinHash, candidate.MinHash);
        if (jaccard >= DuplicateJaccard)
        {
            return 1 + jaccard;
        }

        if (Math.Min(article.ShingleCount, candidate.ShingleCount) >= MinShinglesForContainment)
        {
            var containment = StoryFingerprinter.EstimateContainment(jaccard, article.ShingleCount, candidate.ShingleCount);
            if (containment >= Containment)
            {
                return 1 + jaccard;
            }
        }

        if (candidate.SharedActors < MinSharedActors)
        {
            return null;
        }

        return candidate.SharesQuotation ? 0.5 + jaccard : jaccard >= RelatedJaccard ? jaccard : null;
    }

    /// <summary>True when a text similarity this high needs no look at shared actors.</summary>
    public static bool NeedsActors(TextFingerprint article, StoryCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(candidate);
        var jaccard = StoryFingerprinter.EstimateJaccard(article.MinHash, candidate.MinHash);
        return jaccard < DuplicateJaccard && (candidate.SharesQuotation || jaccard >= RelatedJaccard);
    }
}
