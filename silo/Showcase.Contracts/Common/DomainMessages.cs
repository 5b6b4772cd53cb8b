using System.Globalization;
using Showcase.Tenancy;

namespace Showcase.Common;

/// <summary>
/// The sentences of refusals kept as templates in resource files (DomainMessages.resx in Chinese, .en.resx in
/// English), with the labels they name (DomainLabels). An error made from a template carries its key and arguments,
/// so each reader gets it in their language — GraphQL by <c>Accept-Language</c>, pages by the interface's — while
/// <see cref="DomainError.Message"/> stays the Chinese that is logged; <see cref="DomainError.Code"/> never changes.
/// An error made without a template reads in Chinese whatever the language.
/// </summary>
public static class DomainMessages
{
    private static readonly LabelTexts Templates = new(typeof(DomainMessages));

    /// <summary>An error whose sentence is the template <paramref name="template"/> with <paramref name="arguments"/>; string arguments that are labels are translated with it.</summary>
    public static DomainError Error(string code, string? field, string template, params object[] arguments) =>
        new(code, Format(template, TenantProfile.Chinese, arguments), field, template,
            [.. arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")]);

    /// <summary>An error whose sentence is <paramref name="sentence"/>.</summary>
    public static DomainError Error(string code, string? field, Sentence sentence) => Error(code, field, sentence.Template, [.. sentence.Arguments]);

    /// <summary>The sentence in <paramref name="language"/>: the Chinese message when there is no template.</summary>
    public static string In(this DomainError error, string language) =>
        error.Template is null || language != TenantProfile.English ? error.Message : Format(error.Template, language, [.. error.Arguments ?? []]);

    private static string Format(string template, string language, IReadOnlyList<object> arguments) => Format(Templates, template, language, arguments);

    /// <summary>The text <paramref name="key"/> of <paramref name="texts"/> in <paramref name="language"/> naming <paramref name="arguments"/>, those the labels know in that language too.</summary>
    internal static string Format(LabelTexts texts, string key, string language, IEnumerable<object> arguments) =>
        string.Format(CultureInfo.InvariantCulture, texts.Get(key, language), [.. arguments.Select(a => Label(a, language))]);

    private static object Label(object argument, string language) => argument is string text ? DomainLabels.In(text, language) : argument;
}

/// <summary>
/// The field labels refusals and forms name (DomainLabels.resx keyed by the Chinese label, DomainLabels.en.resx its
/// English), and the words of states and kinds a refusal names (a challenge's status, an organisation's, …).
/// </summary>
public static class DomainLabels
{
    private static readonly LabelTexts Labels = new(typeof(DomainLabels));

    private static readonly LabelTexts[] Words =
    [
        new(typeof(Challenges.ChallengeLabels)), new(typeof(Programs.ProgramCallLabels)), new(typeof(Titles.TitleLabels)),
        new(typeof(People.RoleNames)), new(typeof(Listings.CatalogLabels)),
    ];

    /// <summary><paramref name="label"/> (Chinese) in <paramref name="language"/>; as it is when neither the labels nor the words know it.</summary>
    public static string In(string label, string language) =>
        language == TenantProfile.English
            ? Labels.Find(label, language) ?? Words.Select(words => words.Translate(label, language)).FirstOrDefault(text => text is not null) ?? label
            : label;
}
