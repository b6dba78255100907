using System.Globalization;
using Dapper;
using MediaMonitor.Core.Articles;
using MediaMonitor.Core.Storage;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Dashboard;

/// <summary>
/// Every aggregation the dashboard draws, in SQL. A filter of days and outlets is answered from the daily rollups
/// (<c>source_day</c>, <c>actor_day</c>, <c>topic_day</c>); a topic, actor or text filter from the raw tables through one
/// materialised set of matching article ids (see <see cref="DashboardFilter.NeedsRawTables"/>). Co-occurrence sums
/// <c>actor_pair_day</c> for days and outlets and reads mentions and speakers for the other filters. Results are cached per filter when a <see cref="DashboardCache"/> is given.
/// </summary>
public sealed class DashboardQueries(SqliteConnectionFactory factory, DashboardCache? cache = null)
{
    public const int MaxComparedActors = 6;

    // ---- rollups: {0} is the day/outlet condition on alias d ----
    private const string KpisFromRollups = """
        SELECT (SELECT COALESCE(SUM(d.articles), 0) FROM source_day d WHERE {0}) AS articles,
               (SELECT COUNT(DISTINCT d.source_id) FROM source_day d WHERE {0} AND d.articles > 0) AS outlets,
               (SELECT COUNT(*) FROM (SELECT DISTINCT d.actor_id FROM {actors} d WHERE {0}) x
                JOIN actors a ON a.id = x.actor_id WHERE a.status <> 'ignored') AS actors,
               (SELECT COALESCE(SUM(d.quotes), 0) FROM source_day d WHERE {0}) AS quotes
        """;

    private const string VolumeByTopicFromRollups = """
        SELECT d.day, d.topic_id AS key_id, SUM(d.articles) AS n FROM topic_day d WHERE {0} GROUP BY d.day, d.topic_id
        """;

    private const string VolumeByOutletFromRollups = """
        SELECT d.day, d.source_id AS key_id, SUM(d.articles) AS n FROM source_day d WHERE {0} GROUP BY d.day, d.source_id
        """;

    private const string TopActorsFromRollups = """
        SELECT a.id, a.name_ar AS name, a.type, x.articles
        FROM (SELECT d.actor_id, SUM(d.articles) AS articles FROM {actors} d WHERE {0} GROUP BY d.actor_id) x
        JOIN actors a ON a.id = x.actor_id
        WHERE a.status <> 'ignored' AND (@Type IS NULL OR a.type = @Type)
        ORDER BY x.articles DESC, a.id LIMIT @Limit
        """;

    private const string ActorTimelineFromRollups = """
        SELECT d.day, d.actor_id AS key_id, SUM(d.articles) AS n FROM {actors} d
        WHERE {0} AND d.actor_id IN @Compare GROUP BY d.day, d.actor_id
        """;

    private const string TopicShareFromRollups = """
        SELECT t.id, t.key, t.name_ar AS name, x.articles
        FROM (SELECT d.topic_id, SUM(d.articles) AS articles FROM topic_day d WHERE {0} GROUP BY d.topic_id) x
        JOIN topics t ON t.id = x.topic_id
        WHERE x.articles > 0 ORDER BY x.articles DESC, t.id
        """;

    private const string TopSpeakersFromRollups = """
        SELECT a.id, a.name_ar AS name, a.type, x.quotes
        FROM (SELECT d.actor_id, SUM(d.quotes) AS quotes FROM {actors} d WHERE {0} GROUP BY d.actor_id) x
        JOIN actors a ON a.id = x.actor_id
        WHERE x.quotes > 0 AND a.status <> 'ignored'
        ORDER BY x.quotes DESC, a.id LIMIT @Limit
        """;

    private const string OutletsFromRollups = """
        SELECT s.id, s.name, x.articles, x.quotes
        FROM (SELECT d.source_id, SUM(d.articles) AS articles, SUM(d.quotes) AS quotes FROM source_day d WHERE {0} GROUP BY d.source_id) x
        JOIN sources s ON s.id = x.source_id
        WHERE x.articles > 0 ORDER BY x.articles DESC, s.id
        """;

    // Pairs of the top actors (actor_a < actor_b), summed over the filter's days and outlets.
    private const string CoOccurrenceFromRollups = """
        SELECT d.actor_a, d.actor_b, SUM(d.articles) AS n FROM actor_pair_day d
        WHERE d.actor_a IN @Top AND d.actor_b IN @Top AND {0}
        GROUP BY d.actor_a, d.actor_b
        """;

    // ---- raw tables: {0} is the WITH clause that defines f (the filtered articles: id, source_id, day) ----
    private const string Appearances = """
        ap AS (
            SELECT m.article_id, m.actor_id FROM mentions m JOIN f ON f.id = m.article_id
            UNION
            SELECT q.article_id, q.speaker_actor_id FROM quotes q JOIN f ON f.id = q.article_id WHERE q.speaker_actor_id IS NOT NULL)
        """;

    private const string KpisFromRaw = """
        {0}, {1}
        SELECT (SELECT COUNT(*) FROM f) AS articles,
               (SELECT COUNT(DISTINCT f.source_id) FROM f) AS outlets,
               (SELECT COUNT(DISTINCT ap.actor_id) FROM ap JOIN actors a ON a.id = ap.actor_id WHERE a.status <> 'ignored') AS actors,
               (SELECT COUNT(*) FROM quotes q JOIN f ON f.id = q.article_id) AS quotes
        """;

    private const string VolumeByTopicFromRaw = """
        {0}
        SELECT f.day, t.topic_id AS key_id, COUNT(*) AS n FROM f JOIN article_topics t ON t.article_id = f.id GROUP BY f.day, t.topic_id
        """;

    private const string VolumeByOutletFromRaw = """
        {0}
        SELECT f.day, f.source_id AS key_id, COUNT(*) AS n FROM f GROUP BY f.day, f.source_id
        """;

    private const string TopActorsFromRaw = """
        {0}, {1}
        SELECT a.id, a.name_ar AS name, a.type, COUNT(*) AS articles
        FROM ap JOIN actors a ON a.id = ap.actor_id
        WHERE a.status <> 'ignored' AND (@Type IS NULL OR a.type = @Type)
        GROUP BY a.id ORDER BY articles DESC, a.id LIMIT @Limit
        """;

    private const string ActorTimelineFromRaw = """
        {0},
        cmp AS (
            SELECT m.article_id, m.actor_id FROM mentions m WHERE m.actor_id IN @Compare
            UNION
            SELECT q.article_id, q.speaker_actor_id FROM quotes q WHERE q.speaker_actor_id IN @Compare)
        SELECT f.day, cmp.actor_id AS key_id, COUNT(*) AS n FROM cmp JOIN f ON f.id = cmp.article_id GROUP BY f.day, cmp.actor_id
        """;

    private const string TopicShareFromRaw = """
        {0}
        SELECT t.id, t.key, t.name_ar AS name, COUNT(*) AS articles
        FROM f JOIN article_topics at ON at.article_id = f.id JOIN topics t ON t.id = at.topic_id
        GROUP BY t.id ORDER BY articles DESC, t.id
        """;

    private const string TopSpeakersFromRaw = """
        {0}
        SELECT a.id, a.name_ar AS name, a.type, COUNT(*) AS quotes
        FROM quotes q JOIN f ON f.id = q.article_id JOIN actors a ON a.id = q.speaker_actor_id
        WHERE a.status <> 'ignored'
        GROUP BY a.id ORDER BY quotes DESC, a.id LIMIT @Limit
        """;

    private const string OutletsFromRaw = """
        {0}
        SELECT s.id, s.name, COUNT(*) AS articles, SUM((SELECT COUNT(*) FROM quotes q WHERE q.article_id = f.id)) AS quotes
        FROM f JOIN sources s ON s.id = f.source_id
        GROUP BY s.id ORDER BY articles DESC, s.id
        """;

    // Which of the top actors each filtered article has, as a bit mask ({2}: CASE actor WHEN @T0 THEN 1 WHEN @T1 THEN 2 …),
    // counted per mask: at most 2^size rows come back, and the pairs are summed from them. "IN (SELECT id FROM f)" builds
    // an index over f; the SQLite bundled with Microsoft.Data.Sqlite does not index a joined CTE by itself.
    private const string CoOccurrenceMasks = """
        {0},
        masks AS (
            SELECT x.article_id, SUM(DISTINCT x.bit) AS mask FROM (
                SELECT m.article_id, {1} AS bit FROM mentions m WHERE m.actor_id IN @Top AND m.article_id IN (SELECT id FROM f)
                UNION ALL
                SELECT q.article_id, {2} AS bit FROM quotes q WHERE q.speaker_actor_id IN @Top AND q.article_id IN (SELECT id FROM f)) x
            GROUP BY x.article_id)
        SELECT mask, COUNT(*) AS n FROM masks GROUP BY mask
        """;

    // ---- names and options ----
    private const string TopicNames = "SELECT id, key, name_ar AS name FROM topics ORDER BY id";
    private const string SourceNames = "SELECT id, name FROM sources";
    private const string ActorNames = "SELECT id, name_ar AS name, type FROM actors WHERE id IN @Ids";

    private const string SearchActors = """
        SELECT a.id, a.name_ar AS name, a.type
        FROM actors a
        WHERE a.status <> 'ignored'
          AND (a.name_ar LIKE @Like ESCAPE '\' OR a.id IN (SELECT al.actor_id FROM actor_aliases al WHERE al.alias_norm LIKE @NormLike ESCAPE '\'))
          AND EXISTS (SELECT 1 FROM actor_day d WHERE d.actor_id = a.id)
        ORDER BY (SELECT SUM(d.articles) FROM actor_day d WHERE d.actor_id = a.id) DESC, a.id
        LIMIT @Limit
        """;

    private const string LastDay = "SELECT MAX(day) FROM source_day WHERE articles > 0";

    /// <summary>Which tables are read: <see cref="DashboardSource.RawTables"/> forces the raw path (benchmark, tests).</summary>
    public DashboardSource Source { get; init; } = DashboardSource.Auto;

    public Task<DashboardKpis> KpisAsync(DashboardFilter filter, CancellationToken cancellationToken = default) =>
        Cached("kpis", filter, string.Empty, async ct =>
        {
            await using var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
            var current = await TotalsAsync(connection, filter, ct).ConfigureAwait(false);
            var previous = await TotalsAsync(connection, filter.PreviousPeriod(), ct).ConfigureAwait(false);
            return new DashboardKpis(current, previous);
        }, cancellationToken);

    public Task<DailySeries> VolumeAsync(DashboardFilter filter, VolumeSplit split, int maxLines = 10, CancellationToken cancellationToken = default) =>
        Cached("volume", filter, $"{split}|{maxLines}", async ct =>
        {
            await using var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
            var sql = split == VolumeSplit.Topic
                ? Build(filter, VolumeByTopicFromRollups, VolumeByTopicFromRaw, out var parameters)
                : Build(filter, VolumeByOutletFromRollups, VolumeByOutletFromRaw, out parameters);
            var rows = await QueryAsync<DayCell>(connection, sql, parameters, ct).ConfigureAwait(false);
            var names = split == VolumeSplit.Topic
                ? (await QueryAsync<TopicOption>(connection, TopicNames, null, ct).ConfigureAwait(false)).ToDictionary(t => t.Id, t => (t.Key, t.Name))
                : (await QueryAsync<OutletName>(connection, SourceNames, null, ct).ConfigureAwait(false)).ToDictionary(s => s.Id, s => (s.Id.ToString(CultureInfo.InvariantCulture), s.Name));
            var other = split == VolumeSplit.Topic ? "موضوعات أخرى" : "مصادر أخرى";
            return ToDailySeries(filter, rows, names, maxLines, other);
        }, cancellationToken);

    /// <summary>The actors in most filtered articles; <paramref name="type"/> is person, organization, place or null for all.</summary>
    public Task<IReadOnlyList<ActorTotal>> TopActorsAsync(DashboardFilter filter, string? type = null, int limit = 15, CancellationToken cancellationToken = default) =>
        Cached("actors", filter, $"{type}|{limit}", async ct =>
        {
            await using var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
            return await TopActorsAsync(connection, filter, type, limit, ct).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Per day, the filtered articles in which each of up to six actors appears.</summary>
    public Task<DailySeries> ActorTimelineAsync(DashboardFilter filter, IReadOnlyList<long> actorIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        var compare = actorIds.Distinct().Take(MaxComparedActors).ToList();
        return Cached("timeline", filter, string.Join(',', compare), async ct =>
        {
            if (compare.Count == 0)
            {
                return Periods.Of(filter).Series([]);
            }

            await using var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
            var sql = Build(filter, ActorTimelineFromRollups, ActorTimelineFromRaw, out var parameters);
            parameters.Add("Compare", compare);
            var rows = await QueryAsync<DayCell>(connection, sql, parameters, ct).ConfigureAwait(false);
            var names = (await QueryAsync<ActorOption>(connection, ActorNames, new { Ids = compare }, ct).ConfigureAwait(false)).ToDictionary(a => a.Id, a => a.Name);
            var periods = Periods.Of(filter);
            var lines = compare.Where(names.ContainsKey).Select(id =>
            {
                var values = new long[periods.Count];
                foreach (var row in rows.Where(r => r.KeyId == id))
                {
                    values[periods.IndexOf(row.Day)] += row.N;
                }

                return new DailyLine(id.ToString(CultureInfo.InvariantCulture), names[id], values);
            }).ToList();
            return periods.Series(lines);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<TopicTotal>> TopicShareAsync(DashboardFilter filter, CancellationToken cancellationToken = default) =>
        Cached("topics", filter, string.Empty, async ct =>
        {
            await using var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
            var sql = Build(filter, TopicShareFromRollups, TopicShareFromRaw, out var parameters);
            return (IReadOnlyList<TopicTotal>)await QueryAsync<TopicTotal>(connection, sql, parameters, ct).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<SpeakerTotal>> TopSpeakersAsync(DashboardFilter filter, int limit = 10, CancellationToken cancellationToken = default) =>
        Cached("speakers", filter, limit.ToString(CultureInfo.InvariantCulture), async ct =>
        {
            await using var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
            var sql = Build(filter, TopSpeakersFromRollups, TopSpeakersFromRaw, out var parameters);
            parameters.Add("Limit", limit);
            return (IReadOnlyList<SpeakerTotal>)await QueryAsync<SpeakerTotal>(connection, sql, parameters, ct).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<OutletTotal>> OutletsAsync(DashboardFilter filter, CancellationToken cancellationToken = default) =>
        Cached("outlets", filter, string.Empty, async ct =>
        {
            await using var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
            var sql = Build(filter, OutletsFromRollups, OutletsFromRaw, out var parameters);
            return (IReadOnlyList<OutletTotal>)await QueryAsync<OutletTotal>(connection, sql, parameters, ct).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>How often the <paramref name="size"/> top actors appear together in the filtered articles.</summary>
    public Task<CoOccurrence> CoOccurrenceAsync(DashboardFilter filter, int size = 10, CancellationToken cancellationToken = default) =>
        Cached("cooccurrence", filter, size.ToString(CultureInfo.InvariantCulture), async ct =>
        {
            size = Math.Clamp(size, 1, 30);
            await using var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
            var top = await TopActorsAsync(connection, filter, null, size, ct).ConfigureAwait(false);
            var counts = top.Select(_ => new long[top.Count]).ToArray();
            if (top.Count > 1 && UseRollups(filter))
            {
                var sql = RollupFilter(filter, out var parameters, CoOccurrenceFromRollups);
                parameters.Add("Top", top.Select(a => a.Id).ToList());
                var index = top.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
                foreach (var row in await QueryAsync<PairCount>(connection, sql, parameters, ct).ConfigureAwait(false))
                {
                    var (i, j) = (index[row.ActorA], index[row.ActorB]);
                    counts[i][j] += row.N;
                    counts[j][i] += row.N;
                }
            }
            else if (top.Count > 1)
            {
                var sql = Fill(CoOccurrenceMasks, RawFilter(filter, out var parameters), BitCase("m.actor_id", top.Count), BitCase("q.speaker_actor_id", top.Count));
                parameters.Add("Top", top.Select(a => a.Id).ToList());
                for (var i = 0; i < top.Count; i++)
                {
                    parameters.Add("T" + i.ToString(CultureInfo.InvariantCulture), top[i].Id);
                }

                foreach (var row in await QueryAsync<MaskCount>(connection, sql, parameters, ct).ConfigureAwait(false))
                {
                    for (var i = 0; i < top.Count; i++)
                    {
                        for (var j = 0; j < top.Count; j++)
                        {
                            if (i != j && (row.Mask & (1L << i)) != 0 && (row.Mask & (1L << j)) != 0)
                            {
                                counts[i][j] += row.N;
                            }
                        }
                    }
                }
            }

            return new CoOccurrence(top, counts);
        }, cancellationToken);

    /// <summary>Actors whose name or an alias contains <paramref name="text"/>, most present first (for the filter's autocomplete).</summary>
    public async Task<IReadOnlyList<ActorOption>> SearchActorsAsync(string? text, int limit = 20, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var like = "%" + EscapeLike(text.Trim()) + "%";
        var normLike = "%" + EscapeLike(MediaMonitor.Analysis.Text.ArabicNormalizer.NormalizeForMatching(text.Trim())) + "%";
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync<ActorOption>(connection, SearchActors, new { Like = like, NormLike = normLike, Limit = limit }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ActorOption>> ActorsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var found = (await QueryAsync<ActorOption>(connection, ActorNames, new { Ids = ids }, cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public async Task<IReadOnlyList<TopicOption>> TopicsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync<TopicOption>(connection, TopicNames, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The last day that has articles, for date presets on archives that stop before today.</summary>
    public async Task<DateOnly?> LastDayAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var day = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(LastDay, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last) ? last : null;
    }

    private async Task<DashboardTotals> TotalsAsync(SqliteConnection connection, DashboardFilter filter, CancellationToken cancellationToken)
    {
        string sql;
        DynamicParameters parameters;
        if (UseRollups(filter))
        {
            sql = RollupFilter(filter, out parameters, KpisFromRollups);
        }
        else
        {
            sql = Fill(KpisFromRaw, RawFilter(filter, out parameters), Appearances);
        }

        return await connection.QuerySingleAsync<DashboardTotals>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ActorTotal>> TopActorsAsync(SqliteConnection connection, DashboardFilter filter, string? type, int limit, CancellationToken cancellationToken)
    {
        string sql;
        DynamicParameters parameters;
        if (UseRollups(filter))
        {
            sql = RollupFilter(filter, out parameters, TopActorsFromRollups);
        }
        else
        {
            sql = Fill(TopActorsFromRaw, RawFilter(filter, out parameters), Appearances);
        }

        parameters.Add("Type", string.IsNullOrEmpty(type) ? null : type);
        parameters.Add("Limit", limit);
        return await QueryAsync<ActorTotal>(connection, sql, parameters, cancellationToken).ConfigureAwait(false);
    }

    private bool UseRollups(DashboardFilter filter) => Source == DashboardSource.Auto && !filter.NeedsRawTables;

    private string Build(DashboardFilter filter, string rollupSql, string rawSql, out DynamicParameters parameters) =>
        UseRollups(filter)
            ? RollupFilter(filter, out parameters, rollupSql)
            : Fill(rawSql, RawFilter(filter, out parameters));

    /// <summary>The day and outlet condition on rollup alias <c>d</c>.</summary>
    private static string RollupFilter(DashboardFilter filter, out DynamicParameters parameters, string template) =>
        Fill(template, RollupFilter(filter, out parameters))
            .Replace("{actors}", filter.SourceIds.Count == 0 ? "actor_day_all" : "actor_day", StringComparison.Ordinal);

    private static string RollupFilter(DashboardFilter filter, out DynamicParameters parameters)
    {
        parameters = new DynamicParameters();
        parameters.Add("FromDay", filter.FromDay);
        parameters.Add("ToDay", filter.ToDay);
        var condition = "d.day BETWEEN @FromDay AND @ToDay";
        if (filter.SourceIds.Count > 0)
        {
            condition += " AND d.source_id IN @SourceIds";
            parameters.Add("SourceIds", filter.SourceIds);
        }

        return condition;
    }

    /// <summary>The WITH clause defining <c>f</c>: the filtered articles with their outlet and UTC day.</summary>
    private static string RawFilter(DashboardFilter filter, out DynamicParameters parameters)
    {
        parameters = new DynamicParameters();
        parameters.Add("FromDay", filter.FromDay);
        parameters.Add("ToExclusive", filter.ToExclusive);
        var clauses = new List<string> { "a.published_at >= @FromDay", "a.published_at < @ToExclusive" };
        if (filter.SourceIds.Count > 0)
        {
            clauses.Add("a.source_id IN @SourceIds");
            parameters.Add("SourceIds", filter.SourceIds);
        }

        if (filter.TopicKeys.Count > 0)
        {
            clauses.Add(ArticleQueries.ByTopics);
            parameters.Add("TopicKeys", filter.TopicKeys);
        }

        if (filter.ActorIds.Count > 0)
        {
            clauses.Add(ArticleQueries.ByActors);
            parameters.Add("ActorIds", filter.ActorIds);
        }

        if (filter.FtsMatch is { } match)
        {
            clauses.Add("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @Match)");
            parameters.Add("Match", match);
        }

        return $"""
            WITH f AS MATERIALIZED (
                SELECT a.id, a.source_id, substr(a.published_at, 1, 10) AS day FROM articles a
                WHERE {string.Join(" AND ", clauses)})
            """;
    }

    private static DailySeries ToDailySeries(DashboardFilter filter, IReadOnlyList<DayCell> rows, Dictionary<long, (string Key, string Name)> names, int maxLines, string otherName)
    {
        var periods = Periods.Of(filter);
        var byKey = rows.Where(r => names.ContainsKey(r.KeyId)).GroupBy(r => r.KeyId)
            .Select(g => (Id: g.Key, Total: g.Sum(r => r.N), Rows: g.ToList()))
            .Where(g => g.Total > 0)
            .OrderByDescending(g => g.Total).ThenBy(g => g.Id)
            .ToList();
        var lines = new List<DailyLine>();
        var shown = byKey.Count <= maxLines ? byKey.Count : maxLines - 1;
        foreach (var group in byKey.Take(shown))
        {
            var values = new long[periods.Count];
            foreach (var row in group.Rows)
            {
                values[periods.IndexOf(row.Day)] += row.N;
            }

            lines.Add(new DailyLine(names[group.Id].Key, names[group.Id].Name, values));
        }

        if (byKey.Count > shown)
        {
            var values = new long[periods.Count];
            foreach (var row in byKey.Skip(shown).SelectMany(g => g.Rows))
            {
                values[periods.IndexOf(row.Day)] += row.N;
            }

            lines.Add(new DailyLine(string.Empty, otherName, values));
        }

        return periods.Series(lines);
    }

    /// <summary>The periods of a timeline: the filter's days, or weeks / months of them for long ranges (SQL gives per-day sums).</summary>
    private sealed class Periods
    {
        private readonly DashboardFilter filter;

        private Periods(DashboardFilter filter)
        {
            this.filter = filter;
            Bucket = filter.Days <= 92 ? TimeBucket.Day : filter.Days <= 731 ? TimeBucket.Week : TimeBucket.Month;
            var starts = new List<DateOnly>();
            for (var day = filter.From; day <= filter.To; day = Next(day))
            {
                starts.Add(day);
            }

            Starts = starts;
        }

        public TimeBucket Bucket { get; }

        public List<DateOnly> Starts { get; }

        public int Count => Starts.Count;

        public static Periods Of(DashboardFilter filter) => new(filter);

        public int IndexOf(string day)
        {
            var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Bucket switch
            {
                TimeBucket.Day => date.DayNumber - filter.From.DayNumber,
                TimeBucket.Week => (date.DayNumber - filter.From.DayNumber) / 7,
                _ => (date.Year * 12 + date.Month) - (filter.From.Year * 12 + filter.From.Month),
            };
        }

        public DailySeries Series(IReadOnlyList<DailyLine> lines)
        {
            var ends = Starts.Select((start, i) => i + 1 < Starts.Count ? Starts[i + 1].AddDays(-1) : filter.To).ToList();
            var labels = Starts.Select(s => s.ToString(Bucket == TimeBucket.Month ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
            return new DailySeries(labels, lines, Bucket, Starts, ends);
        }

        private DateOnly Next(DateOnly start) => Bucket switch
        {
            TimeBucket.Day => start.AddDays(1),
            TimeBucket.Week => start.AddDays(7),
            _ => new DateOnly(start.Year, start.Month, 1).AddMonths(1),
        };
    }

    /// <summary>CASE expression giving actor i of the top list the bit 2^i (parameters @T0, @T1, …).</summary>
    private static string BitCase(string column, int count) =>
        "CASE " + column + string.Concat(Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $" WHEN @T{i} THEN {1L << i}"))) + " END";

    /// <summary>Puts the filter's SQL (built from constants only; values stay parameters) into a query template.</summary>
    private static string Fill(string template, string first, string second = "", string third = "") =>
        template.Replace("{0}", first, StringComparison.Ordinal).Replace("{1}", second, StringComparison.Ordinal).Replace("{2}", third, StringComparison.Ordinal);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static async Task<IReadOnlyList<T>> QueryAsync<T>(SqliteConnection connection, string sql, object? parameters, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();

    private Task<T> Cached<T>(string name, DashboardFilter filter, string extra, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return cache is null || Source != DashboardSource.Auto
            ? compute(cancellationToken)
            : cache.GetOrCreateAsync($"{name}|{filter.CacheKey}|{extra}", compute, cancellationToken);
    }

    private sealed record DayCell
    {
        public required string Day { get; init; }
        public long KeyId { get; init; }
        public long N { get; init; }
    }

    private sealed record OutletName
    {
        public long Id { get; init; }
        public required string Name { get; init; }
    }

    private sealed record PairCount
    {
        public long ActorA { get; init; }
        public long ActorB { get; init; }
        public long N { get; init; }
    }

    private sealed record MaskCount
    {
        public long Mask { get; init; }
        public long N { get; init; }
    }
}
