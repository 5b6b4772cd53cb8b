namespace Showcase.Web.People.Forms;

/// <summary>A form of one text: a reason beside a decision, a login, a new password.</summary>
public sealed class TextForm
{
    public string? Text { get; set; }
}

/// <summary>The invitation form: an optional address to mail the link to, and the id it was shown with, so sending it again renews one invitation.</summary>
public sealed class InviteForm
{
    public string? Email { get; set; }

    public string Id { get; set; } = Guid.NewGuid().ToString("N");
}
