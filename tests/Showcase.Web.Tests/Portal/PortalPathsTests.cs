using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Listings;
using Showcase.Tenancy;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Portal;

/// <summary>Every address <see cref="PortalPaths"/> builds is one the host answers: a page or a download route.</summary>
public sealed class PortalPathsTests(BrowserFixture fixture)
{
    private static readonly PortalPaths Portal = PortalPaths.Of(TenantId.Parse("demo"));

    // The GraphQL explorer and schema file are served only where configured (GraphQLOptions), not by the test host.
    public static TheoryData<string> Paths()
    {
        var paths = new List<string>
        {
            Portal.Home, Portal.Search, Portal.SearchSettings, Portal.Map, Portal.Integration, Portal.GraphQL,
            Portal.Notifications, Portal.Account, Portal.Login("/t/demo/cases"),
            Portal.Logout, Portal.SignUp, Portal.ForgotPassword, Portal.ResetPassword("someone.secret"), Portal.Invitation("token"),
            Portal.MyOrganisation, Portal.MyBids, Portal.PortalSettings, Portal.PortalList, Portal.PortalDeletion("p1"), Portal.PortalExport("p1"), Portal.PortalImport, Portal.Backups, Portal.BackupDownload, Portal.Audit("scenario", "s1"),
            Portal.ChallengeReview("c1"), Portal.CollectionPrint("k1"), Portal.CollectionPrint("k1", working: true),
            Portal.CollectionExport("e1"), Portal.CollectionExportFile("e1"), Portal.MyApplication("p1"),
            Portal.Application("p1", "o1"), Portal.ApplicationDocument("p1", "o1"), Portal.ProgramSummary("p1"),
            Portal.ProgramSummary("p1", "o2"), Portal.ProgramPackage("p1", "o2"),
            Portal.Challenges, Portal.Challenges.New, Portal.Challenges.Item("c1"),
            Portal.Scenarios.Edit("s1"), Portal.Collections.Edit("k1"), Portal.Collections.New, Portal.Programs.Item("p1"),
            Portal.Imports, Portal.Imports.Item("i1"), Portal.Members.New, Portal.Members.Item("login"),
            Portal.Organisations.New, Portal.Organisations.Item("o1"),
        };
        foreach (var kind in Enum.GetValues<CatalogKind>())
        {
            var section = Portal.Catalog(kind);
            paths.AddRange([section, section.New, section.Item("x1"), section.Edit("x1"), Portal.CatalogExport(kind), Portal.ImportTemplate(kind)]);
        }

        return [.. paths];
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void EveryPathBuilt_IsARouteTheHostServes(string path)
    {
        // Routes only: the static files' catch-all would take any address.
        var routes = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => !endpoint.RoutePattern.Parameters.Any(parameter => parameter.IsCatchAll))
            .Select(endpoint => new TemplateMatcher(TemplateParser.Parse(endpoint.RoutePattern.RawText!), new RouteValueDictionary()));
        var pathOnly = path.Split('?')[0];

        Assert.Contains(routes, route => route.TryMatch(pathOnly, new RouteValueDictionary()));
    }

    [Fact]
    public void AddressesStayWhereTheyWere()
    {
        Assert.Equal("/t/demo/", Portal.Home);
        Assert.Equal("/t/demo/pilot-zones/z1/edit", Portal.PilotZones.Edit("z1"));
        Assert.Equal("/t/demo/admin/organisations/o1", Portal.Organisations.Item("o1"));
        Assert.Equal("/t/demo/programs/p1/summary?recommender=o2", Portal.ProgramSummary("p1", "o2"));
        Assert.Equal("/t/demo/login?returnUrl=%2Ft%2Fdemo%2Fcases", Portal.Login("/t/demo/cases"));
        Assert.Equal("/t/demo/cases?done=%E5%B7%B2%E4%BF%9D%E5%AD%98", PortalPaths.Done(Portal.Cases, "已保存"));
    }
}
