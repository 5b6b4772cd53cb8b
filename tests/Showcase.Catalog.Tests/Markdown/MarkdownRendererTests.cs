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
    public void ToHtml_ShowsTheEntitysOwnPictures_AndOnlyTheirDescriptionForAnyOtherImage()
    {
        static string? Own(string id) => id == "p1" ? "/t/demo/pictures/p1" : null;
        const string Markdown = "改造后：\n\n![焊装车间](picture:p1)\n\n![别人的图](picture:p2) ![外链](https://example.com/x.png) ![脚本](javascript:alert(1))";

        var html = _renderer.ToHtml(Markdown, pictureUrl: Own);

        Assert.Contains("<img src=\"/t/demo/pictures/p1\" alt=\"焊装车间\">", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<img"));
        Assert.True(html.Contains("别人的图 外链 脚本", StringComparison.Ordinal), html);
        Assert.DoesNotContain("example.com", html);
        Assert.DoesNotContain("<img", _renderer.ToHtml(Markdown));
    }

    [Fact]
    public void PictureIds_NameThePicturesTheTextPlaces_InOrder_EachOnce_AndNoOtherImage()
    {
        Assert.Equal(["p2", "p1"], MarkdownRenderer.PictureIds("![甲](picture:p2)\n\n- ![乙](picture:p1) 与 ![甲又一次](picture:p2)\n\n![外链](https://example.com/p3.png) [链接](picture:p4)"));
        Assert.Empty(MarkdownRenderer.PictureIds(null));
    }

    [Theory]
    [InlineData("## 做法\n\n正文\n\n### 细节\n\n正文", "<h5>做法</h5>", "<h6>细节</h6>")]
    [InlineData("# 做法\n\n## 细节\n\n#### 更细", "<h5>做法</h5>", "<h6>更细</h6>")]
    public void ToHtml_BelowAHeading_TheAuthorsHeadingsFollowOnInOrder(string markdown, string top, string deepest)
    {
        var html = _renderer.ToHtml(markdown, belowHeading: 4);

        Assert.Contains(top, html);
        Assert.Contains(deepest, html);
        Assert.Contains("<h2>做法</h2>", _renderer.ToHtml("## 做法"));
    }

    [Fact]
    public void ToHtml_OrdinaryMarkdown_KeepsItsFormattingAndLinks()
    {
        var html = _renderer.ToHtml("**检测效率**提升 60%，详见[报告](https://example.cn/report)。");

        Assert.Equal("<p><strong>检测效率</strong>提升 60%，详见<a href=\"https://example.cn/report\">报告</a>。</p>", html.Trim());
    }
}
