using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Catalog.Search;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Silo.Storage;
using Showcase.Silo.Storage.Upgrades;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Upgrades;

/// <summary>
/// The current host on data folders made by earlier releases (<c>tests/assets/data-*</c>, one per release): it brings
/// the database up to date, rebuilds its index, and serves, signs in and writes as before. And a state upgrade step,
/// run over such a folder, rewrites its state's rows once, which the grains then read.
/// </summary>
public sealed class UpgradeTests
{
    private const string DemoPassword = "showcase-demo-2026";
    private const string DemoCase = "demo-provider-stamping-vision";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Releases() =>
        [.. Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "assets"), "data-*").Select(d => Path.GetFileName(d)!).Order()];

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task TheCurrentHost_OnAnEarlierReleasesDataFolder_ServesSignsInSearchesAndWrites(string release)
    {
        var data = CopyOf(release);
        await using var host = new ShowcaseHost(data);
        using var http = host.CreateClient();
        await Eventually.TrueAsync(async () => (await http.GetAsync("/health/ready", Cancel)).IsSuccessStatusCode, Cancel);

        Assert.Equal(SqliteSchema.Scripts, await AppliedScriptsAsync(data));
        var demo = TenantId.Parse("demo");
        var stamping = await host.Grains.GetCase(new CatalogKey(demo, EntityId.Parse(DemoCase))).GetAsync();
        Assert.NotNull(stamping?.Published);
        var picture = Assert.Single(stamping.Content.Pictures.All);
        using (var served = await http.GetAsync($"/t/demo/pictures/{picture.Id}", Cancel))
        {
            Assert.Equal((HttpStatusCode.OK, "image/jpeg"), (served.StatusCode, served.Content.Headers.ContentType?.MediaType));
        }

        var token = await GraphQLAsync(http, $$"""mutation { createAccessToken(login: "curator", password: "{{DemoPassword}}", name: "升级测试") { token } }""");
        Assert.False(string.IsNullOrEmpty(token.GetProperty("createAccessToken").GetProperty("token").GetString()));
        var found = await Eventually.ReadAsync(
            async () => (await host.Services.GetRequiredService<ISearchIndex>().SearchAsync(new SearchRequest("demo", "冲压件"), Cancel)).Hits.Select(h => h.Id).ToArray(),
            ids => ids.Length > 0, Cancel);
        Assert.Contains(DemoCase, found);

        await new CatalogSeed(host.Grains, demo).CaseAsync("after-upgrade", CatalogSeed.Case("升级后新发布的案例"));
        Assert.Equal("升级后新发布的案例", (await host.Grains.GetCase(new CatalogKey(demo, EntityId.Parse("after-upgrade"))).GetAsync())?.Content.Title);
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task AStateUpgrade_RewritesEveryRowOfItsStateOnce_AndTheGrainsReadItUpgraded(string release)
    {
        var data = CopyOf(release);
        var connection = SqliteGrainStorageExtensions.ConnectionString(data);
        var upgrade = new DescriptionUpgrade();

        var first = await SqliteSchema.ApplyAsync(connection, Cancel, [upgrade]);
        var again = await SqliteSchema.ApplyAsync(connection, Cancel, [upgrade]);

        Assert.Equal(["state/9001-tenant-description-marked (2 rows)"], first);
        Assert.Empty(again);
        await using var host = new ShowcaseHost(data);
        var demo = await host.Grains.GetTenant(TenantId.Parse("demo")).GetAsync();
        Assert.StartsWith("【升级】", demo?.Profile.Description);
    }

    private static string CopyOf(string release)
    {
        var target = Path.Combine(TestFolders.NewDataFolder(), "data");
        var source = Path.Combine(AppContext.BaseDirectory, "assets", release);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "README.md"))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    private static async Task<IReadOnlyList<string>> AppliedScriptsAsync(string data)
    {
        await using var connection = new SqliteConnection(SqliteGrainStorageExtensions.ConnectionString(data));
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name FROM ShowcaseSchemaScripts WHERE Name NOT LIKE 'state/%' ORDER BY Name";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<JsonElement> GraphQLAsync(HttpClient http, string query)
    {
        using var response = await http.PostAsJsonAsync("/t/demo/graphql", new { query }, Cancel);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    /// <summary>A step of the kind a release ships: every portal's description, in its stored JSON, marked.</summary>
    private sealed class DescriptionUpgrade : StateUpgrade
    {
        public override string Name => "9001-tenant-description-marked";

        public override string State => "tenant";

        public override JsonNode Upgrade(JsonNode state)
        {
            var profile = state["Profile"]!.AsObject();
            profile["Description"] = "【升级】" + profile["Description"]!.GetValue<string>();
            return state;
        }
    }
}
