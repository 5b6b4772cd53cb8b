using Showcase.Api.People.SignUp;

namespace Showcase.Web.People.Forms;

/// <summary>The person joining, as the sign-up and invitation forms bind it.</summary>
public sealed class PersonForm
{
    public string? Login { get; set; }

    public string? DisplayName { get; set; }

    public string? Mobile { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public SignUpRequest ToRequest() => new()
    {
        Login = Login ?? "",
        DisplayName = DisplayName ?? "",
        Mobile = Mobile,
        Email = Email,
        Password = Password ?? "",
    };
}
