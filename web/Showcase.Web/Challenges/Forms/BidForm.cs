using Showcase.Challenges;
using Showcase.Files;
using Showcase.Web.Layout;
using Showcase.Web.Listings;

namespace Showcase.Web.Challenges.Forms;

/// <summary>The bid form as typed: the price stays text until <see cref="ToContent"/> reads it, so a price that cannot be read is reported, not dropped.</summary>
public sealed class BidForm
{
    /// <summary>One id per rendering of the form: sending the same form twice (a double click, a retried post) stores the bid once.</summary>
    public string OperationId { get; set; } = Guid.NewGuid().ToString("N");

    public string? Provider { get; set; }

    public string? Proposal { get; set; }

    public string? Price { get; set; }

    public string? Schedule { get; set; }

    /// <summary>One member per line: 姓名 · 角色 · 资质.</summary>
    public string? Team { get; set; }

    /// <summary>The published cases ticked to show what the provider has delivered.</summary>
    public string[] Cases { get; set => field = value ?? []; } = [];

    /// <summary>The documents kept with the bid (those already uploaded and still ticked), by id.</summary>
    public string[] Files { get; set => field = value ?? []; } = [];

    public static BidForm From(BidSnapshot? bid) => bid is null ? new() : new()
    {
        Provider = bid.Provider.Value,
        Proposal = bid.Content.Proposal,
        Price = bid.Content.Price?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        Schedule = bid.Content.Schedule,
        Team = string.Join("\n", bid.Content.Team),
        Cases = [.. bid.Content.ReferencedCases.Select(c => c.Value)],
        Files = [.. bid.Content.Files.Select(f => f.Id.Value)],
    };

    public BidContent ToContent(FormReader read) => new()
    {
        Proposal = Proposal,
        Price = read.Decimal(Price, "price", "报价（万元）", "380"),
        Schedule = Schedule,
        Team = FormText.Lines(Team),
        ReferencedCases = read.Ids(Cases, "referencedCases", "引用案例"),
        Files = [.. read.Ids(Files, "files", "方案附件").Select(Attachment.Named)],
    };
}
