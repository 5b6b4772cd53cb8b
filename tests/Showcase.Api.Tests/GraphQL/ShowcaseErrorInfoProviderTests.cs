using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using Showcase.Api.GraphQL;

namespace Showcase.Api.Tests.GraphQL;

public sealed class ShowcaseErrorInfoProviderTests
{
    [Fact]
    public void GetInfo_UnhandledException_HidesMessageTypeAndStack()
    {
        var error = new UnhandledError("Error trying to resolve field 'x'.", new InvalidOperationException("connection string Password=secret"));

        var info = Provider(showSuggestions: false).GetInfo(error);

        Assert.Equal("服务器处理请求时出错，请稍后重试。", info.Message);
        Assert.Equal(ShowcaseErrorInfoProvider.InternalErrorCode, info.Extensions!["code"]);
        Assert.Single(info.Extensions);
    }

    [Fact]
    public void GetInfo_DomainError_CarriesCodeAndField()
    {
        var error = new ExecutionError("发布前请选择所属行业。") { Code = "REQUIRED" };
        error.Data["field"] = "industry";

        var info = Provider(showSuggestions: false).GetInfo(error);

        Assert.Equal("发布前请选择所属行业。", info.Message);
        Assert.Equal("REQUIRED", info.Extensions!["code"]);
        Assert.Equal("industry", info.Extensions["field"]);
    }

    [Fact]
    public void GetInfo_ValidationErrorOutsideDevelopment_DropsDidYouMean()
    {
        var error = new ExecutionError("Cannot query field 'titel' on type 'Scenario'. Did you mean 'title'?") { Code = "FIELDS_ON_CORRECT_TYPE" };

        Assert.Equal("Cannot query field 'titel' on type 'Scenario'.", Provider(showSuggestions: false).GetInfo(error).Message);
        Assert.Equal(error.Message, Provider(showSuggestions: true).GetInfo(error).Message);
    }

    private static ShowcaseErrorInfoProvider Provider(bool showSuggestions) =>
        new(Options.Create(new GraphQLOptions { ShowSuggestions = showSuggestions }));
}
