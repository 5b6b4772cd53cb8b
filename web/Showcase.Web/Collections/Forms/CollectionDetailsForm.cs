using Showcase.Collections;
using Showcase.Web.Layout;
using Showcase.Web.Localization;

namespace Showcase.Web.Collections.Forms;

/// <summary>The cover fields of a collection as typed, shared by the new and the edit form.</summary>
public sealed class CollectionDetailsForm
{
    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? EventName { get; set; }

    /// <summary>The date box's value (yyyy-MM-dd).</summary>
    public string? EventDate { get; set; }

    public string? EventPlace { get; set; }

    public string? Introduction { get; set; }

    public EnglishForm English { get; set => field = value ?? new(); } = new();

    public static CollectionDetailsForm From(CollectionDetails details) => new()
    {
        Title = details.Title,
        Subtitle = details.Subtitle,
        EventName = details.EventName,
        EventDate = details.EventDate?.ToString("yyyy-MM-dd"),
        EventPlace = details.EventPlace,
        Introduction = details.Introduction,
        English = EnglishForm.From(details.English),
    };

    public CollectionDetails ToDetails(FormReader read) => new()
    {
        Title = Title,
        Subtitle = Subtitle,
        EventName = EventName,
        EventDate = read.Date(EventDate, "eventDate", "活动日期", "2027-03-31"),
        EventPlace = EventPlace,
        Introduction = Introduction,
        English = English.ToText(),
    };
}
