using Dapper;
using MediaMonitor.Core.Storage;

namespace MediaMonitor.Core.Reading;

/// <summary>A quotation of one article, with what the reader shows about its speaker.</summary>
public sealed record ReaderQuote
{
    public long Id { get; init; }
    public int Start { get; init; }
    public int Length { get; init; }
    public required string Text { get; init; }
    public required string Kind { get; init; }
    public long? SpeakerActorId { get; init; }
    public string? SpeakerText { get; init; }
    public string? SpeakerName { get; init; }
    public string? SpeakerType { get; init; }
    public string? SpeakerRole { get; init; }
    public string? Cue { get; init; }

    /// <summary>The linked actor's name, else the words of the article, else null (no speaker found).</summary>
    public string? SpeakerDisplayName => SpeakerName ?? SpeakerText;
}

public sealed record ReaderMention
{
    public long ActorId { get; init; }
    public int Start { get; init; }
    public int Length { get; init; }
    public required string ActorName { get; init; }
    public required string ActorType { get; init; }
}

public sealed record ReaderTopic
{
    public required string Key { get; init; }
    public required string NameAr { get; init; }
    public required string NameEn { get; init; }
    public double Score { get; init; }
}

/// <summary>An actor of one article with how often it is mentioned and quoted there.</summary>
public sealed record ReaderActor
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public string? Role { get; init; }
    public int Mentions { get; init; }
    public int Quotes { get; init; }
}

/// <summary>Everything the reader draws over an article's text.</summary>
public sealed record ReaderAnalysis(IReadOnlyList<ReaderQuote> Quotes, IReadOnlyList<ReaderMention> Mentions, IReadOnlyList<ReaderTopic> Topics, IReadOnlyList<ReaderActor> Actors)
{
    public static ReaderAnalysis Empty { get; } = new([], [], [], []);
}

/// <summary>The analysis of one article as the reader shows it: spans, speakers, topics, actor counts.</summary>
public sealed class ReaderQueries(SqliteConnectionFactory factory)
{
    private const string SelectQuotes = """
        SELECT q.id, q.start, q.length, q.text, q.kind, q.speaker_actor_id, q.speaker_text, q.cue,
               a.name_ar AS speaker_name, a.type AS speaker_type, a.role AS speaker_role
        FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_actor_id
        WHERE q.article_id = @Id
        ORDER BY q.start, q.id
        """;

    private const string SelectMentions = """
        SELECT m.actor_id, m.start, m.length, a.name_ar AS actor_name, a.type AS actor_type
        FROM mentions m JOIN actors a ON a.id = m.actor_id
        WHERE m.article_id = @Id AND a.status <> 'ignored'
        ORDER BY m.start, m.length DESC
        """;

    private const string SelectTopics = """
        SELECT t.key, t.name_ar, t.name_en, at.score
        FROM article_topics at JOIN topics t ON t.id = at.topic_id
        WHERE at.article_id = @Id
        ORDER BY at.score DESC, t.key
        """;

    // Mentioned or quoted: a speaker found only through a carried-over verb still counts as an actor of the article.
    private const string SelectActors = """
        SELECT a.id, a.name_ar AS name, a.type, a.role, SUM(x.mentions) AS mentions, SUM(x.quotes) AS quotes
        FROM (
            SELECT actor_id, 1 AS mentions, 0 AS quotes FROM mentions WHERE article_id = @Id
            UNION ALL
            SELECT speaker_actor_id, 0, 1 FROM quotes WHERE article_id = @Id AND speaker_actor_id IS NOT NULL
        ) x JOIN actors a ON a.id = x.actor_id
        WHERE a.status <> 'ignored'
        GROUP BY a.id
        ORDER BY quotes DESC, mentions DESC, a.id
        """;

    public async Task<ReaderAnalysis> GetAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new { Id = articleId };
        var quotes = await connection.QueryAsync<ReaderQuote>(new CommandDefinition(SelectQuotes, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var mentions = await connection.QueryAsync<ReaderMention>(new CommandDefinition(SelectMentions, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var topics = await connection.QueryAsync<ReaderTopic>(new CommandDefinition(SelectTopics, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var actors = await connection.QueryAsync<ReaderActor>(new CommandDefinition(SelectActors, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new ReaderAnalysis(quotes.AsList(), mentions.AsList(), topics.AsList(), actors.AsList());
    }
}
