using Showcase.Common;
using Showcase.Scenarios;
using Showcase.Tenancy;

namespace Showcase.Contracts.Tests.Scenarios;

public sealed class ScenarioKeyTests
{
    [Fact]
    public void Parse_FormattedKey_RoundTrips()
    {
        var key = new ScenarioKey(TenantId.Parse("gd-miit"), EntityId.Parse("weld-inspection-01"));

        Assert.Equal("gd-miit/weld-inspection-01", key.ToString());
        Assert.Equal(key, ScenarioKey.Parse(key.ToString()));
    }

    [Theory]
    [InlineData("no-slash")]
    [InlineData("Demo/id")]
    [InlineData("demo/Has Space")]
    [InlineData("demo/../etc")]
    public void Parse_MalformedKey_IsRejected(string key) =>
        Assert.ThrowsAny<Exception>(() => ScenarioKey.Parse(key));

    [Theory]
    [InlineData("a")]
    [InlineData("-leading-dash")]
    [InlineData("UPPER")]
    [InlineData("中文")]
    [InlineData("demo/other")]
    public void TenantId_UnsafeValues_AreRejected(string value)
    {
        Assert.False(TenantId.TryParse(value, out _));
        Assert.Equal(ErrorCodes.InvalidTenant, Assert.Throws<DomainException>(() => TenantId.Parse(value)).Code);
    }

    [Fact]
    public void EntityId_New_IsValidAndUnique()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => EntityId.New()).ToHashSet();

        Assert.Equal(1000, ids.Count);
        Assert.All(ids, id => Assert.True(EntityId.TryParse(id.Value, out _)));
    }
}
