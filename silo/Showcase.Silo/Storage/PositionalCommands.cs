using Npgsql;

namespace Showcase.Silo.Storage;

public static class PositionalCommands
{
    /// <summary>A batch command whose <c>$1</c>, <c>$2</c>… are the values in order.</summary>
    public static NpgsqlBatchCommand Of(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    /// <summary>A command of <paramref name="source"/> whose <c>$1</c>, <c>$2</c>… are the values in order.</summary>
    public static NpgsqlCommand Command(NpgsqlDataSource source, string sql, params object[] values)
    {
        var command = source.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
