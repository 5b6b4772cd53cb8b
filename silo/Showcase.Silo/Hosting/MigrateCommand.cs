using Showcase.Silo.Storage;

namespace Showcase.Silo.Hosting;

/// <summary><c>Showcase.Silo migrate</c>: applies the shipped database scripts for the configured storage and exits.</summary>
public static class MigrateCommand
{
    public static bool IsRequested(string[] args) => args is ["migrate", ..];

    public static async Task<int> RunAsync(WebApplicationBuilder builder)
    {
        var options = ShowcaseOptions.From(builder.Configuration);
        var applied = await DatabaseSchema.ApplyAsync(options, options.DataPathUnder(builder.Environment.ContentRootPath), postgreSql: true);
        Console.WriteLine(applied.Count == 0 ? "The database is up to date." : "Applied: " + string.Join(", ", applied));
        return 0;
    }
}
