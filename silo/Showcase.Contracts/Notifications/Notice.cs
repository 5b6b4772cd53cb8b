using System.Globalization;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Notifications;

/// <summary>
/// What a notification says, kept as its texts' key in NoticeTexts.resx (<c>Key.Title</c>, <c>Key.Body</c>; Chinese
/// and English) with the values they name, so each reader reads it in their language.
/// </summary>
public sealed record Notice(string Key, IReadOnlyList<string> Arguments)
{
    private static readonly LabelTexts Texts = new(typeof(Notice));

    public static Notice Of(string key, params object?[] arguments) =>
        new(key, [.. arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")]);

    public string Title(string language = TenantProfile.Chinese) => Format("Title", language);

    public string Body(string language = TenantProfile.Chinese) => Format("Body", language);

    // Values that are words the labels know (a kind of organisation, …) read in the language too.
    private string Format(string part, string language) => DomainMessages.Format(Texts, $"{Key}.{part}", language, Arguments);
}
