using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Storage;

/// <summary>
/// Opens one connection per operation (pooled by Microsoft.Data.Sqlite). Singleton: never hold a connection
/// for the life of a circuit or a service.
/// </summary>
public sealed class SqliteConnectionFactory
{
    static SqliteConnectionFactory()
    {
        // Columns are snake_case, records PascalCase.
        Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public SqliteConnectionFactory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        };
        ConnectionString = builder.ToString();
        DatabasePath = builder.DataSource;
    }

    public string ConnectionString { get; }

    /// <summary>The file behind the connection string (or ":memory:").</summary>
    public string DatabasePath { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        Configure(connection);
        return connection;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        Configure(connection);
        return connection;
    }

    private static void Configure(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        // busy_timeout lets readers and the single writer wait for each other instead of failing with SQLITE_BUSY.
        command.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;";
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Resolves a configured connection string: a relative data source is taken against <paramref name="baseDirectory"/>
    /// (the repository root for the app and the CLI), and its folder is created.
    /// </summary>
    public static string ResolveConnectionString(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (string.IsNullOrWhiteSpace(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return builder.ToString();
        }

        if (!Path.IsPathRooted(source))
        {
            source = Path.GetFullPath(Path.Combine(baseDirectory, source));
        }

        var folder = Path.GetDirectoryName(source);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.DataSource = source;
        return builder.ToString();
    }

    /// <summary>A factory for a database file at <paramref name="path"/>.</summary>
    public static SqliteConnectionFactory ForFile(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteConnectionFactory(new SqliteConnectionStringBuilder { DataSource = full }.ToString());
    }
}
