namespace MediaMonitor.Core.Importing;

/// <summary>SQL of the import pipeline, beside the records it fills.</summary>
internal static class ImportQueries
{
    public const string StartRun = """
        INSERT INTO import_runs (started_at, initiated_by, inputs, status)
        VALUES (@StartedAt, @InitiatedBy, @Inputs, 'running')
        RETURNING id
        """;

    public const string FinishRun = """
        UPDATE import_runs
        SET finished_at = @FinishedAt, status = @Status, imported = @Imported, duplicates = @Duplicates,
            failed = @Failed, skipped = @Skipped, message = @Message
        WHERE id = @RunId
        """;

    public const string InsertError = """
        INSERT INTO import_errors (run_id, file, position, reason) VALUES (@RunId, @File, @Position, @Reason)
        """;

    public const string FindSource = "SELECT id FROM sources WHERE name = @Name";

    public const string InsertSource = """
        INSERT INTO sources (name, kind, url, is_demo, created_at) VALUES (@Name, @Kind, @Url, @IsDemo, @CreatedAt)
        RETURNING id
        """;

    public const string InsertArticle = """
        INSERT INTO articles (source_id, external_id, url, title, author, dateline, summary, category,
                              published_at, date_estimated, body, content_hash, imported_at, import_run_id)
        VALUES (@SourceId, @ExternalId, @Url, @Title, @Author, @Dateline, @Summary, @Category,
                @PublishedAt, @DateEstimated, @Body, @ContentHash, @ImportedAt, @RunId)
        ON CONFLICT (content_hash) DO NOTHING
        RETURNING id
        """;

    public const string InsertFts = "INSERT INTO articles_fts (rowid, title, body) VALUES (@Id, @Title, @Body)";

    public const string BumpSourceDay = """
        INSERT INTO source_day (day, source_id, articles) VALUES (@Day, @SourceId, 1)
        ON CONFLICT (day, source_id) DO UPDATE SET articles = articles + 1
        """;
}
