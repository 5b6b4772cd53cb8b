namespace Showcase.Web.Layout;

/// <summary>The product's name as people read it. "Showcase" stays the name in code.</summary>
public static class Brand
{
    public const string Name = "智造展台";

    public const string Tagline = "智能制造场景、示范工厂、先行区与解决方案供应商的展示与揭榜挂帅平台";
}
