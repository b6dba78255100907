using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Storage;

/// <summary>Commands prepared once and run for every article of a batch, inside the batch's transaction.</summary>
internal static class PreparedCommands
{
    public static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
