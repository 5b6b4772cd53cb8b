using Showcase.Audit;

namespace Showcase.Grains.Tests;

public static class TestActors
{
    public static Actor Curator { get; } = new("t-test/curator", "测试策展人");

    public static Actor Admin { get; } = new("t-test/admin", "测试管理员");
}
