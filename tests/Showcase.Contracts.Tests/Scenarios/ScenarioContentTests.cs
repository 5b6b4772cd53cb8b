using Showcase.Scenarios;

namespace Showcase.Contracts.Tests.Scenarios;

public sealed class ScenarioContentTests
{
    [Fact]
    public void Equals_SameValuesInDifferentArrays_IsTrue_AndAnyListDifferenceIsNot()
    {
        var a = new ScenarioContent { Title = "场景", Stages = ["design"], Technologies = ["5g"] };
        var b = new ScenarioContent { Title = "场景", Stages = ["design"], Technologies = ["5g"] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Technologies = ["5g", "ai"] });
        Assert.NotEqual(a, b with { Stages = ["production"] });
    }
}
