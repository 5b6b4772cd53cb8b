using Showcase.Common;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Contracts.Tests.People;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("914403001922038216")] // 华为技术有限公司, as printed on its licence
    [InlineData("91330100716105852F")] // 阿里巴巴（中国）有限公司
    [InlineData("9144030071526726XG")] // 腾讯科技（深圳）有限公司
    public void PublishedCodes_AreValid(string code) => Assert.Null(CreditCode.Problem(code));

    [Fact]
    public void EveryOneCharacterSlip_IsCaught()
    {
        const string code = "914403001922038216";
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var slips = from i in Enumerable.Range(0, code.Length)
                    from c in alphabet
                    where c != code[i] && !(i is >= 2 and <= 7 && !char.IsDigit(c))
                    select code[..i] + c + code[(i + 1)..];

        Assert.All(slips, slip => Assert.NotNull(CreditCode.Problem(slip)));
    }

    [Theory]
    [InlineData("91440300192203821", "18 位", "has 18 characters")]
    [InlineData("9144030019220382I6", "“I”", "no “I”")]
    [InlineData("91AB03001922038216", "行政区划", "administrative division")]
    [InlineData("914403001922038217", "校验位", "check character")]
    public void BadCodes_SayWhatIsWrong_InBothLanguages(string code, string said, string saidInEnglish)
    {
        var problem = DomainMessages.Error(ErrorCodes.InvalidValue, "creditCode", CreditCode.Problem(code)!);

        Assert.Contains(said, problem.In(TenantProfile.Chinese));
        Assert.Contains(saidInEnglish, problem.In(TenantProfile.English));
    }

    [Fact]
    public void Normalize_TakesCodesAsPeopleCopyThem() => Assert.Equal("9144030071526726XG", CreditCode.Normalize(" 9144 0300 7152 6726xg "));
}
