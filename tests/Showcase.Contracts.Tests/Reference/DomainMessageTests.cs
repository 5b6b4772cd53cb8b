using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Contracts.Tests.Reference;

/// <summary>Refusals read in Chinese and in English from one template; the code never changes.</summary>
public sealed class DomainMessageTests
{
    [Fact]
    public void AnErrorFromATemplate_ReadsInBothLanguages_WithItsLabelTranslated()
    {
        var error = DomainMessages.Error(ErrorCodes.TooLong, "title", "TooLong", "案例名称", 80, 95);

        Assert.Equal(("TOO_LONG", "title"), (error.Code, error.Field));
        Assert.Equal("案例名称不能超过 80 个字（现在 95 个字）。", error.Message);
        Assert.Equal(error.Message, error.In(TenantProfile.Chinese));
        Assert.Equal("Case title: at most 80 characters (now 95).", error.In(TenantProfile.English));
    }

    [Fact]
    public void AnErrorWithoutATemplate_ReadsInChinese_WhateverTheLanguage()
    {
        var error = new DomainError(ErrorCodes.InvalidValue, "联系电话格式不正确。", "contactPhone");

        Assert.Equal("联系电话格式不正确。", error.In(TenantProfile.English));
    }
}
