using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Contracts.Tests.Keys;

/// <summary>The key records write the same strings the stored grains were saved under, and read them back.</summary>
public sealed class GrainKeyTests
{
    private static readonly TenantId Portal = TenantId.Parse("gd-miit");

    [Fact]
    public void BidKey_IsChallengeThenProvider()
    {
        var key = new BidKey(new ChallengeKey(Portal, EntityId.Parse("weld-task")), EntityId.Parse("acme"));

        Assert.Equal("gd-miit/weld-task/acme", key.ToString());
        Assert.Equal(key, BidKey.Parse(key.ToString()));
    }

    [Fact]
    public void ProviderBidsKey_IsTenantThenProvider()
    {
        var key = new ProviderBidsKey(Portal, EntityId.Parse("acme"));

        Assert.Equal("gd-miit/acme", key.ToString());
        Assert.Equal(key, ProviderBidsKey.Parse(key.ToString()));
    }

    [Theory]
    [InlineData(CatalogKind.Case, "gd-miit/case")]
    [InlineData(CatalogKind.PilotZone, "gd-miit/pilot-zone")]
    public void CatalogDirectoryKey_IsTenantThenKindSegment(CatalogKind kind, string expected)
    {
        var key = new CatalogDirectoryKey(Portal, kind);

        Assert.Equal(expected, key.ToString());
        Assert.Equal(key, CatalogDirectoryKey.Parse(expected));
    }

    [Theory]
    [InlineData("gd-miit")]
    [InlineData("gd-miit/weld-task")]
    public void BidKey_WithoutItsThreeParts_IsRejected(string key) => Assert.ThrowsAny<Exception>(() => BidKey.Parse(key));

    [Theory]
    [InlineData("gd-miit")]
    [InlineData("gd-miit/warehouse")]
    public void CatalogDirectoryKey_OfNoKnownKind_IsRejected(string key) => Assert.ThrowsAny<Exception>(() => CatalogDirectoryKey.Parse(key));
}
