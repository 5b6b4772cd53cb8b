using Showcase.Common;

namespace Showcase.Challenges;

/// <summary>The key of one provider's bid (揭榜方案) on one challenge: <c>{tenant}/{challenge}/{provider}</c>.</summary>
[GenerateSerializer, Immutable, Alias("showcase.bid-key")]
public readonly record struct BidKey(
    [property: Id(0)] ChallengeKey Challenge,
    [property: Id(1)] EntityId Provider)
{
    public static BidKey Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        return slash < 0
            ? throw new FormatException($"A bid key looks like '{{tenant}}/{{challenge}}/{{provider}}', not '{key}'.")
            : new BidKey(ChallengeKey.Parse(key[..slash]), EntityId.Parse(key[(slash + 1)..]));
    }

    public override string ToString() => $"{Challenge}/{Provider}";
}
