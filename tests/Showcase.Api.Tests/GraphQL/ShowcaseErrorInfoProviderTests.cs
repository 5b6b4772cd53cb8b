using GraphQL;
using GraphQL.Execution;
using Showcase.Api.GraphQL;

namespace Showcase.Api.Tests.GraphQL;

public sealed class ShowcaseErrorInfoProviderTests
{
    [Fact]
    public void GetInfo_UnhandledException_HidesMessageTypeAndStack()
    {
        var error = new UnhandledError("Error trying to resolve field 'x'.", new InvalidOperationException("connection string Password=secret"));

        var info = new ShowcaseErrorInfoProvider().GetInfo(error);

        Assert.Equal("服务器处理请求时出错，请稍后重试。", info.Message);
        Assert.Equal(ShowcaseErrorInfoProvider.InternalErrorCode, info.Extensions!["code"]);
        Assert.Single(info.Extensions);
    }

    [Fact]
    public void GetInfo_DomainError_CarriesCodeAndField()
    {
        var error = new ExecutionError("发布前请选择所属行业。") { Code = "REQUIRED" };
        error.Data["field"] = "industry";

        var info = new ShowcaseErrorInfoProvider().GetInfo(error);

        Assert.Equal("发布前请选择所属行业。", info.Message);
        Assert.Equal("REQUIRED", info.Extensions!["code"]);
        Assert.Equal("industry", info.Extensions["field"]);
    }
}
