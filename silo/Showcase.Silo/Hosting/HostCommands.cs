using Showcase.Silo.Backups;

namespace Showcase.Silo.Hosting;

/// <summary>The host's one-off commands (<c>migrate</c>, <c>backup</c>, <c>restore</c>): each runs and exits instead of serving.</summary>
public static class HostCommands
{
    /// <summary>The exit code of the command <paramref name="args"/> ask for, or null when they ask the host to serve.</summary>
    public static async Task<int?> RunAsync(WebApplicationBuilder builder, string[] args) =>
        MigrateCommand.IsRequested(args) ? await MigrateCommand.RunAsync(builder)
        : BackupCommand.IsRequested(args) ? await BackupCommand.RunAsync(builder, args)
        : null;
}
