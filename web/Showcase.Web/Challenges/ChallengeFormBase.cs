using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Showcase.Challenges;
using Showcase.Common;

namespace Showcase.Web.Challenges;

/// <summary>
/// What the forms on a challenge's page share: the challenge, the posted form, and running a change — its refusal
/// shown in place, its success shown on the reloaded page (<c>?done=</c>).
/// </summary>
public abstract class ChallengeFormBase : ComponentBase
{
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;

    [Parameter, EditorRequired] public string Tenant { get; set; } = "";

    [Parameter, EditorRequired] public ChallengeSnapshot Challenge { get; set; } = default!;

    /// <summary>Why the last change was refused.</summary>
    protected IReadOnlyList<DomainError> Errors { get; set; } = [];

    protected IFormCollection Form => HttpContext.Request.Form;

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

        Navigation.NavigateTo($"/t/{Tenant}/challenges/{Challenge.Key.Id}?done={Uri.EscapeDataString(done)}");
    }
}
