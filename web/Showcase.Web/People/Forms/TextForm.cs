namespace Showcase.Web.People.Forms;

/// <summary>A form of one text: a reason beside a decision, a login, a new password.</summary>
public sealed class TextForm
{
    public string? Text { get; set; }
}

/// <summary>The invitation form: an optional address to mail the link to.</summary>
public sealed class InviteForm
{
    public string? Email { get; set; }
}
