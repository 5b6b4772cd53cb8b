using Microsoft.AspNetCore.Components;
using Showcase.Programs;
using Showcase.Web.Layout;

namespace Showcase.Web.Programs;

/// <summary>The forms on a call's page: the call, and its page to reload after a change.</summary>
public abstract class ProgramFormBase : ChangeFormBase
{
    [Parameter, EditorRequired] public ProgramCallSnapshot Call { get; set; } = default!;

    protected override string Page => Paths.Programs.Item(Call.Key.Id);
}
