using Showcase.Silo.Hosting;
using Showcase.Silo.Search;

namespace Showcase.Silo.Tests.Hosting;

public sealed class HostingChoicesTests
{
    [Fact]
    public void EmbeddedDefaults_NeedNothingElse() => Assert.Empty(new ShowcaseOptions().Problems(SearchEngine.Lucene));

    [Fact]
    public void PostgreSqlWithoutAConnectionString_IsRefused() =>
        Assert.Contains(new ShowcaseOptions { Storage = GrainStorageKind.PostgreSQL }.Problems(SearchEngine.Lucene), p => p.Contains("Showcase:PostgreSQL"));

    [Fact]
    public void AClusterOnSqliteOrOnEmbeddedSearch_IsRefused()
    {
        var problems = new ShowcaseOptions { Clustering = ClusteringKind.PostgreSQL, PostgreSQL = "Host=db" }.Problems(SearchEngine.Lucene);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("Showcase:Storage=PostgreSQL"));
        Assert.Contains(problems, p => p.Contains("Engine=Elasticsearch"));
    }

    [Fact]
    public void AFullClusterConfiguration_IsAccepted() =>
        Assert.Empty(new ShowcaseOptions
        {
            Storage = GrainStorageKind.PostgreSQL,
            Clustering = ClusteringKind.PostgreSQL,
            Reminders = RemindersKind.PostgreSQL,
            PostgreSQL = "Host=db;Username=showcase;Database=showcase",
        }.Problems(SearchEngine.Elasticsearch));
}
