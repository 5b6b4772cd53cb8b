using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Tenancy;

/// <summary>
/// The addresses of one portal's pages (<c>/t/{tenant}/…</c>), built in one place for the pages, services, grains,
/// notices and GraphQL fields that link to them, so a page that moves moves everywhere.
/// </summary>
public readonly record struct PortalPaths
{
    private readonly string _root;

    private PortalPaths(string tenant) => _root = $"/t/{tenant}";

    public static PortalPaths Of(TenantId tenant) => new(tenant.Value);

    /// <summary>For pages, whose route hands them the portal as text.</summary>
    public static PortalPaths Of(string tenant) => new(tenant);

    public string Home => _root + "/";

    public PortalSection Cases => Section("cases");

    public PortalSection Factories => Section("factories");

    public PortalSection PilotZones => Section("pilot-zones");

    public PortalSection Providers => Section("providers");

    public PortalSection Scenarios => Section("scenarios");

    public PortalSection Challenges => Section("challenges");

    public PortalSection Collections => Section("collections");

    /// <summary>Pilot programs' calls for applications (申报批次).</summary>
    public PortalSection Programs => Section("programs");

    /// <summary>Batch imports; an item is one import's progress page.</summary>
    public PortalSection Imports => Section("imports");

    /// <summary>The portal admins' member accounts.</summary>
    public PortalSection Members => Section("admin/members");

    /// <summary>The portal admins' organisations (单位), each with its review.</summary>
    public PortalSection Organisations => Section("admin/organisations");

    public PortalSection Catalog(CatalogKind kind) => Section(CatalogSegment(kind));

    /// <summary>The page of a listed catalog entity.</summary>
    public string Entry(CatalogEntry entry) => Catalog(entry.Kind).Item(entry.Id);

    public string Search => _root + "/search";

    public string SearchSettings => Search + "/settings";

    public string Map => _root + "/map";

    /// <summary>The statistics page (charts with their tables).</summary>
    public string Statistics => _root + "/statistics";

    /// <summary>The statistics tables as an Excel workbook: all the person may see, or the one named.</summary>
    public string StatisticsWorkbook(string? table = null) => _root + "/statistics.xlsx" + (table is null ? "" : $"?table={Uri.EscapeDataString(table)}");

    /// <summary>Where pictures are uploaded (<c>POST ?for=case/{id}</c>).</summary>
    public string Pictures => _root + "/pictures";

    /// <summary>A picture at its display size (1600 px on its long edge at most).</summary>
    public string Picture(EntityId picture) => $"{Pictures}/{picture}";

    /// <summary>A collected case's picture as the revision the collection pins names it.</summary>
    public string CollectedPicture(string collection, string @case, string picture) => $"{Collections.Item(collection)}/cases/{@case}/pictures/{picture}";

    /// <summary>An attached document (a bid's, an application's), offered under the name it was uploaded with.</summary>
    public string File(EntityId file) => $"{_root}/files/{file}";

    /// <summary>Where documents are uploaded (<c>POST ?for=bid/{challenge}/{provider}</c>).</summary>
    public string Files => _root + "/files";

    /// <summary>A picture's thumbnail (480 px on its long edge at most).</summary>
    public string Thumbnail(EntityId picture) => $"{Picture(picture)}/thumbnail";

    public string Integration => _root + "/integration";

    /// <summary>The portal's GraphQL endpoint.</summary>
    public string GraphQL => _root + "/graphql";

    public string GraphQLExplorer => GraphQL + "/explorer";

    public string GraphQLSchema => GraphQL + "/schema.graphql";

    public string Notifications => _root + "/notifications";

    public string Account => _root + "/account";

    public string Login(string? returnUrl = null) =>
        _root + "/login" + (returnUrl is null ? "" : $"?returnUrl={Uri.EscapeDataString(returnUrl)}");

    public string Logout => _root + "/logout";

    public string SignUp => _root + "/signup";

    public string ForgotPassword => _root + "/forgot-password";

    public string ResetPassword(string token) => $"{_root}/reset-password/{token}";

    public string Invitation(string token) => $"{_root}/invitations/{token}";

    /// <summary>“我的单位”: the signed-in person's organisation.</summary>
    public string MyOrganisation => _root + "/organisation";

    /// <summary>“我的揭榜”: the bids of the signed-in person's providers.</summary>
    public string MyBids => _root + "/my-bids";

    public string PortalSettings => _root + "/admin/settings";

    /// <summary>The platform admin's list of portals.</summary>
    public string PortalList => _root + "/admin/portals";

    /// <summary>The platform admin's page for deleting one portal.</summary>
    public string PortalDeletion(object portal) => $"{_root}/admin/portals/{portal}/delete";

    /// <summary>Where a portal's archive is downloaded from (<c>POST</c> only, by a platform admin).</summary>
    public string PortalExport(object portal) => $"{_root}/portal-exports/{portal}";

    /// <summary>Where a portal archive is posted to be imported (<c>POST</c> only, by a platform admin).</summary>
    public string PortalImport => _root + "/portal-imports";

    /// <summary>The platform admin's backup page.</summary>
    public string Backups => _root + "/admin/backups";

    /// <summary>Where the backup page posts for a download (<c>POST</c> only).</summary>
    public string BackupDownload => _root + "/backups";

    /// <summary>The change history of one entity, e.g. <c>Audit("scenario", id)</c>.</summary>
    public string Audit(string kind, object id) => $"{_root}/audit/{kind}/{id}";

    public string ChallengeReview(object challenge) => Challenges.Item(challenge) + "/review";

    /// <summary>The print view of a collection's book, in <paramref name="language"/> (<c>chinese</c>, <c>english</c>, <c>both</c>) or the reader's.</summary>
    public string CollectionPrint(object collection, bool working = false, string? language = null)
    {
        string[] query = [.. new[] { working ? "working=true" : null, language is null ? null : $"language={language}" }.OfType<string>()];
        return Collections.Item(collection) + "/print" + (query.Length == 0 ? "" : "?" + string.Join('&', query));
    }

    public string CollectionExport(object export) => $"{_root}/collection-exports/{export}";

    public string CollectionExportFile(object export) => CollectionExport(export) + "/file";

    /// <summary>A catalog listing as a file (xlsx or csv); the list page adds its filters.</summary>
    public string CatalogExport(CatalogKind kind) => $"{_root}/exports/{CatalogSegment(kind)}";

    public string ImportTemplate(CatalogKind kind) => $"{Imports}/template/{CatalogSegment(kind)}";

    /// <summary>The signed-in applicant's own application to a call.</summary>
    public string MyApplication(object call) => Programs.Item(call) + "/application";

    /// <summary>One applicant's application as the call's curators, recommenders and experts read it.</summary>
    public string Application(object call, object applicant) => $"{Programs.Item(call)}/applications/{applicant}";

    /// <summary>An application as a Word file.</summary>
    public string ApplicationDocument(object call, object applicant) => $"{Programs.Item(call)}/documents/{applicant}";

    /// <summary>The 汇总表 (xlsx), of every recommender or of one.</summary>
    public string ProgramSummary(object call, object? recommender = null) =>
        Programs.Item(call) + "/summary" + (recommender is null ? "" : $"?recommender={recommender}");

    /// <summary>A recommender's 汇总表 and Word files in one zip.</summary>
    public string ProgramPackage(object call, object recommender) => $"{Programs.Item(call)}/package?recommender={recommender}";

    /// <summary>A page with its green “done” banner: <c>?done=</c> and the message, escaped.</summary>
    public static string Done(string path, string message) => $"{path}?done={Uri.EscapeDataString(message)}";

    /// <summary>The catalog kind's segment in page addresses: cases, factories, pilot-zones, providers.</summary>
    public static string CatalogSegment(CatalogKind kind) => kind switch
    {
        CatalogKind.Case => "cases",
        CatalogKind.Factory => "factories",
        CatalogKind.PilotZone => "pilot-zones",
        CatalogKind.Provider => "providers",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static CatalogKind? CatalogKindOf(string segment) =>
        Enum.GetValues<CatalogKind>().Cast<CatalogKind?>().FirstOrDefault(kind => CatalogSegment(kind!.Value) == segment);

    private PortalSection Section(string segment) => new($"{_root}/{segment}");
}
