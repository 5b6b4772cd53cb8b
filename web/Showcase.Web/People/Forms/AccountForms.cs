namespace Showcase.Web.People.Forms;

/// <summary>The invitation form: an optional address to mail the link to, and the id it was shown with, so sending it again renews one invitation.</summary>
public sealed class InviteForm
{
    public string? Email { get; set; }

    public string Id { get; set; } = Guid.NewGuid().ToString("N");
}

/// <summary>The password change form: the current password and the new one (never shown again).</summary>
public sealed class PasswordChangeForm
{
    public string? Current { get; set; }

    public string? New { get; set; }
}

/// <summary>The sign-in form: login, password, and the page to go back to.</summary>
public sealed class SignInForm
{
    public string? Login { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
