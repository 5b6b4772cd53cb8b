using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Showcase.Common;
using Showcase.Programs;

namespace Showcase.Web.Programs;

/// <summary>
/// What the forms on a call's page share: the call, the posted form, and running a change — its refusal shown in
/// place, its success on the reloaded call page (<c>?done=</c>).
/// </summary>
public abstract class ProgramFormBase : ComponentBase
{
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;

    [Parameter, EditorRequired] public string Tenant { get; set; } = "";

    [Parameter, EditorRequired] public ProgramCallSnapshot Call { get; set; } = default!;

    protected IReadOnlyList<DomainError> Errors { get; set; } = [];

    protected IFormCollection Form => HttpContext.Request.Form;

    protected static string ChinaTime(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm");

    protected async Task RunAsync(Func<Task> change, string done, string? page = null)
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

        Navigation.NavigateTo($"{page ?? $"/t/{Tenant}/programs/{Call.Key.Id}"}?done={Uri.EscapeDataString(done)}");
    }
}
