using Showcase.Programs;

namespace Showcase.Contracts.Tests.Programs;

public sealed class ProgramCatalogTests
{
    [Theory]
    [InlineData("fusion-2019", 17, 2, null)]
    [InlineData("fusion-2020", 12, 2, null)]
    [InlineData("innovation-2019", 9, null, 3)]
    [InlineData("smart-manufacturing", 2, 1, null)]
    public void Programs_OfferTheirNoticesDirections_WithTheirLimits(string code, int directions, int? maxClasses, int? maxDirections)
    {
        var program = ProgramCatalog.Find(code)!;

        Assert.Equal(directions, program.Directions.Count());
        Assert.Equal((maxClasses, maxDirections), (program.MaxClasses, program.MaxDirections));
        Assert.Equal(code == "smart-manufacturing" ? 3 : 2, program.PilotYears);
    }

    [Fact]
    public void Fusion2020_QuotasAndFormsAreTheNotices()
    {
        var program = ProgramCatalog.Find("fusion-2020")!;

        Assert.Equal([("ministry-bureau", 5), ("local-authority", 10), ("central-soe", 3)], program.Recommenders.Select(r => (r.Kind, r.Quota ?? 0)));
        Assert.Equal(["management-system", "sino-german"], program.FormsFor(["fusion-2020-d12", "fusion-2020-d01", "fusion-2020-d02"]));
        Assert.Equal(["cross-industry-platform"], program.FormsFor(["fusion-2020-d05"]));
        Assert.True(program.IsSameDirection("fusion-2020-d01", "fusion-2019-d02"));
        Assert.False(program.IsSameDirection("fusion-2020-d01", "fusion-2019-d01"));
        Assert.Equal(15, ProgramCatalog.Find("innovation-2019")!.QuotaOf("local-authority")!.Quota);
    }

    [Fact]
    public void Forms_KeepTheSeedsLengthLimits_AndTheSinoGermanFormHasTwoCompanyBlocks()
    {
        var sinoGerman = ProgramCatalog.Form("sino-german");
        var platform = ProgramCatalog.Form("cross-industry-platform");

        Assert.Equal(300, sinoGerman.Field("cn.intro")!.Max);
        Assert.Equal(300, sinoGerman.Field("de.intro")!.Max);
        Assert.NotNull(sinoGerman.Field("cn.contact.email"));
        Assert.NotNull(sinoGerman.Field("de.contact.email"));
        Assert.NotNull(sinoGerman.Field("project.substantive")!.MustBeYes);
        Assert.Equal(1000, platform.Field("company.intro")!.Max);
        Assert.Equal(2500, platform.Field("architecture")!.Max);
        Assert.Equal("developers.registered", platform.Field("developers.active")!.AtMost);
        Assert.Equal(FieldKind.YesNo, platform.Field("security.access")!.Kind);
        Assert.Equal(200, ProgramCatalog.Form("specialised-platform").Field("company.intro")!.Max);
        Assert.Equal(400, ProgramCatalog.Form("management-system").Field("capability.summary")!.Max);
        Assert.StartsWith("我单位申报的所有材料", ProgramCatalog.Pledge, StringComparison.Ordinal);
    }

    [Fact]
    public void GuangdongScheme_SplitsByCity()
    {
        var scheme = ProgramCatalog.Scheme("guangdong-2020")!;

        Assert.Equal(3, scheme.QuotaOf("4401"));
        Assert.Equal(3, scheme.QuotaOf("4403"));
        Assert.Equal(2, scheme.QuotaOf("4419"));
        Assert.Equal(1, scheme.QuotaOf("4405"));
    }
}
