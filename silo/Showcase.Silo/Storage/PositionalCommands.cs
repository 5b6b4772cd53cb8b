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
}
