using Showcase.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddShowcaseOrleans();
builder.AddShowcaseWeb();

var app = builder.Build();
app.UseShowcaseWeb();
app.Run();

/// <summary>The host's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
