namespace Showcase.Programs;

/// <summary>
/// An application form (申报书) as the seeds print it: sections of fields, each with its label, kind and the length
/// limit the seed gives ("不超过 400 字"). Answers are stored as text by <see cref="FormField.Key"/>.
/// </summary>
public sealed record ApplicationForm(string Code, string Name, string? Note, string ContactPrefix, IReadOnlyList<FormSection> Sections)
{
    public IEnumerable<FormField> Fields => Sections.SelectMany(s => s.Fields);

    public FormField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);

    /// <summary>The 证明材料 the form asks to attach, each kind its own slot.</summary>
    public IEnumerable<FileSlot> FileSlots => Sections.SelectMany(s => s.Files);

    public FileSlot? Slot(string key) => FileSlots.FirstOrDefault(s => s.Key == key);

    /// <summary>The key the files of <paramref name="slot"/> of this form are stored under: <c>{form}/{slot}</c>.</summary>
    public string FilesKey(FileSlot slot) => $"{Code}/{slot.Key}";

    /// <summary>The key an answer to <paramref name="field"/> of this form is stored under: <c>{form}/{field}</c>.</summary>
    public string AnswerKey(FormField field) => $"{Code}/{field.Key}";

    /// <summary>The contact person's answer (name, mobile, email) in this form's company block.</summary>
    public string ContactKey(string part) => $"{Code}/{ContactPrefix}.{part}";
}

/// <summary>A section of fields, and the slots for the documents it asks for (五、相关附件).</summary>
public sealed record FormSection(string Title, IReadOnlyList<FormField> Fields, IReadOnlyList<FileSlot> Files);

/// <summary>One kind of 证明材料 a form asks to attach (企业专利证书, 财务报表…): PDF, Word or Excel files, at most <see cref="MaxFiles"/>.</summary>
public sealed record FileSlot(string Key, string Label)
{
    public const int MaxFiles = 5;
}

/// <summary>
/// One field. <paramref name="Max"/> is in characters (the seeds' 字); <paramref name="AtMost"/> names a field of the
/// same form this one may not exceed (active developers ≤ registered); <paramref name="MustBeYes"/> is the sentence
/// shown when a declaration that must be made was not; <paramref name="Taxonomy"/> names the reference list a
/// <see cref="FieldKind.Term"/> answer is a code of (a leaf: a sub-industry, a city).
/// </summary>
public sealed record FormField(
    string Key,
    string Label,
    FieldKind Kind,
    int Max,
    bool Required,
    IReadOnlyList<string> Options,
    string? AtMost,
    decimal? MaxValue,
    string? MustBeYes,
    string? Taxonomy);

public enum FieldKind
{
    Text,
    Paragraph,
    Integer,
    Amount,
    Number,
    Percent,
    Date,
    Email,
    Phone,
    Choice,
    YesNo,
    Term,
}

/// <summary>A <see cref="FieldKind.YesNo"/> answer as the forms print it and applications store it.</summary>
public static class YesNoAnswer
{
    public const string Yes = "是";
    public const string No = "否";

    public static IReadOnlyList<string> Both { get; } = [Yes, No];
}
