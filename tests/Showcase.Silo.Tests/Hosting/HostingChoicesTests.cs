using Showcase.Silo.Hosting;

namespace Showcase.Silo.Tests.Hosting;

public sealed class HostingChoicesTests
{
    [Fact]
    public void EmbeddedDefaults_NeedNothingElse() => Assert.Empty(new ShowcaseOptions().Problems());

    [Fact]
    public void PostgreSqlWithoutAConnectionString_IsRefused() =>
        Assert.Contains(new ShowcaseOptions { Storage = GrainStorageKind.PostgreSQL }.Problems(), p => p.Contains("Showcase:PostgreSQL"));

    [Fact]
    public void AClusterOnSqlite_IsRefused() =>
        Assert.Contains("Showcase:Storage=PostgreSQL", Assert.Single(new ShowcaseOptions { Clustering = ClusteringKind.PostgreSQL, PostgreSQL = "Host=db" }.Problems()));

    [Fact]
    public void AFullClusterConfiguration_IsAccepted() =>
        Assert.Empty(new ShowcaseOptions
        {
            Storage = GrainStorageKind.PostgreSQL,
            Clustering = ClusteringKind.PostgreSQL,
            Reminders = RemindersKind.PostgreSQL,
            PostgreSQL = "Host=db;Username=showcase;Database=showcase",
        }.Problems());
}
