using Showcase.Catalog.Markdown;

namespace Showcase.Catalog.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("[点我](javascript:alert(1))")]
    [InlineData("[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)></svg>")]
    public void ToHtml_ScriptingPayload_ComesOutInert(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToHtml_OrdinaryMarkdown_KeepsItsFormattingAndLinks()
    {
        var html = _renderer.ToHtml("**检测效率**提升 60%，详见[报告](https://example.cn/report)。");

        Assert.Equal("<p><strong>检测效率</strong>提升 60%，详见<a href=\"https://example.cn/report\">报告</a>。</p>", html.Trim());
    }
}
