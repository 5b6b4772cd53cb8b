using Microsoft.AspNetCore.Components;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Web.Layout;

/// <summary>
/// A form on an entity's page that runs one change: its refusal shown in place (<see cref="Errors"/>), its success on
/// the reloaded page with <c>?done=</c> saying what happened.
/// </summary>
public abstract class ChangeFormBase : ComponentBase
{
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [Parameter, EditorRequired] public string Tenant { get; set; } = "";

    protected PortalPaths Paths => PortalPaths.Of(Tenant);

    /// <summary>Why the last change was refused.</summary>
    protected IReadOnlyList<DomainError> Errors { get; set; } = [];

    /// <summary>The page a successful change reloads.</summary>
    protected abstract string Page { get; }

    protected async Task RunAsync(Func<Task> change, string done)
    {
        try
        {
            await change();
        }
        catch (DomainException ex)
        {
            Errors = ex.Errors;
            return;
        }

        Navigation.NavigateTo($"{Page}?done={Uri.EscapeDataString(done)}");
    }
}
