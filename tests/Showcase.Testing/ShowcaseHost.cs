using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.People;
using Showcase.Audit;
using Showcase.Common;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Testing;

/// <summary>
/// The real Showcase host (silo, GraphQL, pages) in the test process, on its own data folder and Orleans ports.
/// Pass the same data folder to a second host to see what survives a restart.
/// </summary>
public sealed class ShowcaseHost : WebApplicationFactory<Program>
{
    public const string PlatformAdminPassword = "platform-test-password";

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private string? _passwordHash;

    // settings: extra configuration, e.g. Showcase:RateLimits:PerUserPerMinute; it wins over the defaults set here.
    public ShowcaseHost(string? dataPath = null, bool seedDemoContent = false, int? httpPort = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        DataPath = dataPath ?? TestFolders.NewDataFolder();
        SeedDemoContent = seedDemoContent;
        if (httpPort is not null)
        {
            UseKestrel(httpPort.Value);
            BaseAddress = new Uri($"http://127.0.0.1:{httpPort}");
        }
    }

    public string DataPath { get; }

    public bool SeedDemoContent { get; }

    /// <summary>Where a browser reaches the host; set only for hosts started on Kestrel with an HTTP port.</summary>
    public Uri? BaseAddress { get; }

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>A new tenant with a unique id, so each test works in a portal of its own.</summary>
    public async Task<TenantId> CreateTenantAsync(string name = "测试门户")
    {
        var tenant = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
        await Grains.GetTenant(tenant).EnsureCreatedAsync(new TenantProfile(name, "自动化测试创建的门户"));
        return tenant;
    }

    /// <summary>A new tenant with organisations, one account per role and an access token for each (see <see cref="TestPortal"/>).</summary>
    public async Task<TestPortal> CreatePortalAsync(string name = "测试门户")
    {
        var tenant = await CreateTenantAsync(name);
        foreach (var (id, profile) in TestPortal.Organisations)
        {
            await Grains.GetOrganisation(new OrganisationKey(tenant, id)).CreateAsync(profile, Actor.System);
        }

        // Hashing is slow on purpose; every test account shares one hash of the same password.
        _passwordHash ??= Services.GetRequiredService<Passwords>().Hash(TestPortal.Password);
        var tokens = new Dictionary<string, string>();
        foreach (var (login, role, organisation) in TestPortal.Accounts)
        {
            var key = new AccountKey(tenant, EntityId.Parse(login));
            await Grains.GetAccount(key).RegisterAsync(new AccountRegistration($"测试{login}", _passwordHash, new Membership([role], organisation)), Actor.System);
            tokens[login] = await IssueTokenAsync(key);
        }

        return new TestPortal(tenant, tokens);
    }

    /// <summary>Whom an access token signs in as on a portal (GraphQL <c>me</c>), or null when it signs no one in.</summary>
    public async Task<string?> LoginOfAsync(TenantId tenant, string token)
    {
        using var http = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{tenant}/graphql") { Content = JsonContent.Create(new { query = "{ me { login } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.GetProperty("me") is { ValueKind: JsonValueKind.Object } me
            ? me.GetProperty("login").GetString()
            : null;
    }

    /// <summary>An access token of the platform admin that the host creates on first start.</summary>
    public Task<string> PlatformAdminTokenAsync() => IssueTokenAsync(new AccountKey(TenantId.Platform, EntityId.Parse("admin")));

    /// <summary>Issues an access token straight through the account grain (what <c>createAccessToken</c> does after the password check).</summary>
    public async Task<string> IssueTokenAsync(AccountKey account)
    {
        var tokenId = EntityId.New();
        var (token, secretHash) = AccessTokenFormat.Create(account, tokenId);
        await Grains.GetAccount(account).IssueTokenAsync(new AccessTokenRequest(tokenId, "测试令牌", secretHash, DateTimeOffset.UtcNow.AddDays(1)), Actor.System);
        return token;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Showcase:PlatformAdmin:Password", PlatformAdminPassword);

        builder.UseEnvironment("Production");
        // The console keeps warnings and errors only: a test run's output (and CI's tail of it) shows the failures, not
        // every host's start-up story. Other log providers still see everything.
        builder.UseSetting("Logging:Console:LogLevel:Default", "Warning");
        // A text missing from the resources fails the page that asks for it, in either language.
        builder.UseSetting("Showcase:StrictTranslations", "true");
        builder.UseSetting("Showcase:DataPath", DataPath);
        builder.UseSetting("Showcase:SeedDemoContent", SeedDemoContent.ToString());
        // The portfolio (~300 entities) is proven by its own tests; other hosts start without it unless a setting asks.
        builder.UseSetting("Showcase:SeedDemoPortfolio", "false");
        builder.UseSetting("Showcase:SiloPort", FreePorts.Next().ToString());
        builder.UseSetting("Showcase:GatewayPort", FreePorts.Next().ToString());
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
