using Dapper;
using MediaMonitor.Core.Storage;
using MediaMonitor.Core.Tests.TestSupport;

namespace MediaMonitor.Core.Tests.Storage;

public sealed class DatabaseMigratorTests
{
    [Fact]
    public void MigratingTwiceAppliesNothingTheSecondTime()
    {
        using var db = new TempDatabase();

        var second = new DatabaseMigrator(db.Factory).Migrate();

        Assert.Empty(second);
    }

    [Fact]
    public void DatabaseRunsInWalModeWithForeignKeysOn()
    {
        using var db = new TempDatabase();
        using var connection = db.Factory.Open();

        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(1, connection.ExecuteScalar<int>("PRAGMA foreign_keys"));
    }

    [Theory]
    [InlineData("SELECT day, SUM(articles) FROM actor_day WHERE actor_id = 1 AND day BETWEEN '2025-01-01' AND '2025-01-31' GROUP BY day", "ix_actor_day_actor")]
    [InlineData("SELECT day, SUM(articles) FROM topic_day WHERE topic_id = 1 AND day BETWEEN '2025-01-01' AND '2025-01-31' GROUP BY day", "ix_topic_day_topic")]
    [InlineData("SELECT id FROM articles WHERE published_at >= '2025-01-01' AND published_at < '2025-02-01' ORDER BY published_at DESC LIMIT 25", "ix_articles_published")]
    [InlineData("SELECT article_id FROM mentions WHERE actor_id = 3", "ix_mentions_actor_article")]
    public void PerDayAndPerActorQueriesUseAnIndexInsteadOfAScan(string sql, string index)
    {
        using var db = new TempDatabase();
        using var connection = db.Factory.Open();

        var plan = string.Join(" | ", connection.Query<(long, long, long, string Detail)>("EXPLAIN QUERY PLAN " + sql).Select(r => r.Detail));

        Assert.Contains(index, plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN articles", plan, StringComparison.Ordinal);
    }
}
