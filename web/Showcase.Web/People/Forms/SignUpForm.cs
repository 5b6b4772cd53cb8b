using Showcase.Api.People.SignUp;

namespace Showcase.Web.People.Forms;

/// <summary>The sign-up page's form: the person, and a new organisation or the code of one to join.</summary>
public sealed class SignUpForm
{
    public PersonForm Person { get; set; } = new();

    /// <summary><c>new</c> (register a new organisation) or <c>join</c> (ask to join one already here).</summary>
    public string Choice { get; set; } = "new";

    public OrganisationForm Organisation { get; set; } = new();

    public string? JoinCreditCode { get; set; }

    public bool Joining => Choice == "join";

    public SignUpRequest ToRequest() => Person.ToRequest() with
    {
        Organisation = Joining ? null : Organisation.ToProfile(),
        JoinCreditCode = Joining ? JoinCreditCode : null,
    };
}
