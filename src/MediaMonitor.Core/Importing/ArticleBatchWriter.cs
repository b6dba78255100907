using MediaMonitor.Core.Storage;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Importing;

/// <summary>
/// The hot path of an import: prepared statements reused for every article of a batch (Dapper would rebuild the
/// parameters of the large article row each time, which the import benchmark showed costs more than SQLite itself).
/// </summary>
internal sealed class ArticleBatchWriter : IDisposable
{
    private readonly SqliteCommand insertArticle;
    private readonly SqliteCommand insertFts;
    private readonly SqliteCommand bumpSourceDay;

    public ArticleBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        insertArticle = PreparedCommands.Prepare(connection, transaction, ImportQueries.InsertArticle,
            "@SourceId", "@ExternalId", "@Url", "@Title", "@Author", "@Dateline", "@Summary", "@Category",
            "@PublishedAt", "@DateEstimated", "@Body", "@ContentHash", "@ImportedAt", "@RunId");
        insertFts = PreparedCommands.Prepare(connection, transaction, ImportQueries.InsertFts, "@Id", "@Title", "@Body");
        bumpSourceDay = PreparedCommands.Prepare(connection, transaction, ImportQueries.BumpSourceDay, "@Day", "@SourceId");
    }

    /// <summary>Inserts the article, its index entry and its rollup; null when an article with the same text exists.</summary>
    public long? Insert(ImportService.ArticleRow row)
    {
        var p = insertArticle.Parameters;
        p[0].Value = row.SourceId;
        p[1].Value = (object?)row.ExternalId ?? DBNull.Value;
        p[2].Value = (object?)row.Url ?? DBNull.Value;
        p[3].Value = row.Title;
        p[4].Value = (object?)row.Author ?? DBNull.Value;
        p[5].Value = (object?)row.Dateline ?? DBNull.Value;
        p[6].Value = (object?)row.Summary ?? DBNull.Value;
        p[7].Value = (object?)row.Category ?? DBNull.Value;
        p[8].Value = row.PublishedAt;
        p[9].Value = row.DateEstimated ? 1 : 0;
        p[10].Value = row.Body;
        p[11].Value = row.ContentHash;
        p[12].Value = row.ImportedAt;
        p[13].Value = row.RunId;
        if (insertArticle.ExecuteScalar() is not long id)
        {
            return null;
        }

        insertFts.Parameters[0].Value = id;
        insertFts.Parameters[1].Value = row.NormalizedTitle;
        insertFts.Parameters[2].Value = row.NormalizedBody;
        insertFts.ExecuteNonQuery();
        bumpSourceDay.Parameters[0].Value = row.PublishedAt[..10];
        bumpSourceDay.Parameters[1].Value = row.SourceId;
        bumpSourceDay.ExecuteNonQuery();
        return id;
    }

    public void Dispose()
    {
        insertArticle.Dispose();
        insertFts.Dispose();
        bumpSourceDay.Dispose();
    }
}
