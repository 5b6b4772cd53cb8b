using Showcase.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (MigrateCommand.IsRequested(args))
{
    return await MigrateCommand.RunAsync(builder);
}

builder.AddShowcaseOrleans();
builder.AddShowcaseWeb();

var app = builder.Build();
app.UseShowcaseWeb();
app.Run();
return 0;

/// <summary>The host's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
