using System.Text.RegularExpressions;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Hosting;

/// <summary>Every time a person reads is Beijing time, whatever zone the server runs in: the same pages from hosts in two zones say the same.</summary>
public sealed partial class ChinaTimeTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoDeadlines_ReadTheSame_OnAHostInUtc_AndOneInNewYork()
    {
        var utc = await TimesShownAsync("UTC");
        var newYork = await TimesShownAsync("America/New_York");

        // The demo challenge closes at 17:00 Beijing time, the demo call's recommendations at 09:00 UTC = 17:00 Beijing.
        Assert.All([utc.Challenge, utc.Board, utc.Calls], shown => Assert.EndsWith("17:00", shown));
        Assert.Equal(utc, newYork);
    }

    private static async Task<(string Challenge, string Board, string Calls)> TimesShownAsync(string zone)
    {
        await using var host = await ShowcaseProcess.StartAsync(new Dictionary<string, string>
        {
            ["TZ"] = zone,
            ["Showcase:DataPath"] = TestFolders.NewDataFolder(),
            ["Showcase:SeedDemoPortfolio"] = "false",
        }, Cancel);
        using var http = new HttpClient { BaseAddress = host.Address };
        return (
            await FirstTimeAsync(http, "/t/demo/challenges/demo-weld-inspection-task"),
            await FirstTimeAsync(http, "/t/demo/challenges"),
            await FirstTimeAsync(http, "/t/demo/programs"));
    }

    // The seeder runs as the host starts; wait for the page rather than for a time.
    private static async Task<string> FirstTimeAsync(HttpClient http, string path)
    {
        while (true)
        {
            using var response = await http.GetAsync(path, Cancel);
            if (response.IsSuccessStatusCode && Minute().Match(await response.Content.ReadAsStringAsync(Cancel)) is { Success: true } found)
            {
                return found.Value;
            }

            await Task.Delay(200, Cancel);
        }
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")]
    private static partial Regex Minute();
}
