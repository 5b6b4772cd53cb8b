using Microsoft.AspNetCore.Components;
using Showcase.Challenges;
using Showcase.Web.Layout;

namespace Showcase.Web.Challenges;

/// <summary>The forms on a challenge's page: the challenge, and its page to reload after a change.</summary>
public abstract class ChallengeFormBase : ChangeFormBase
{
    [Parameter, EditorRequired] public ChallengeSnapshot Challenge { get; set; } = default!;

    protected override string Page => Paths.Challenges.Item(Challenge.Key.Id);
}
