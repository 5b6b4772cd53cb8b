namespace Showcase.Catalog.Programs;

/// <summary>
/// A filled-in application form (申报书) laid out as the seeds print it: a cover (title, form name, the lines the
/// applicant signs), then each form's sections with their fields, then the truthfulness pledge.
/// </summary>
public sealed record FormDocument(
    string Title,
    string Subtitle,
    IReadOnlyList<FormLine> Cover,
    IReadOnlyList<FormPart> Parts,
    string Pledge,
    string PledgedBy);

/// <summary>A label and what was answered (“无” where nothing was, as the forms ask).</summary>
public sealed record FormLine(string Label, string Value, bool Long = false);

/// <summary>One form of the application (a project under two classes may fill two).</summary>
public sealed record FormPart(string Title, IReadOnlyList<FormPartSection> Sections);

public sealed record FormPartSection(string Title, IReadOnlyList<FormLine> Lines);
