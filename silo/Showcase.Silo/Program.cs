using Showcase.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (await HostCommands.RunAsync(builder, args) is { } exitCode)
{
    return exitCode;
}

builder.AddShowcaseOrleans();
builder.AddShowcaseWeb();

var app = builder.Build();
app.UseShowcaseWeb();
app.Run();
return 0;

/// <summary>The host's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
