using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Showcase.Reference;

namespace Showcase.Programs;

/// <summary>
/// The shipped program definitions (<c>Programs/Data/programs.json</c>) and application forms
/// (<c>Programs/Data/forms.json</c>), read once and checked against the reference lists: a program, direction, city or
/// form that does not exist stops the host at start.
/// </summary>
public static class ProgramCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly Lazy<Loaded> Data = new(Load);

    public static IReadOnlyList<ProgramRules> Programs => Data.Value.Programs;

    public static IReadOnlyList<ApplicationForm> Forms => [.. Data.Value.Forms.Values];

    public static IReadOnlyList<QuotaScheme> QuotaSchemes => Data.Value.Schemes;

    /// <summary>真实性承诺, as every form prints it.</summary>
    public static string Pledge => Data.Value.Pledge;

    public static ProgramRules? Find(string? code) => Data.Value.Programs.FirstOrDefault(p => p.Code == code);

    public static ApplicationForm Form(string code) => Data.Value.Forms[code];

    public static QuotaScheme? Scheme(string? code) => Data.Value.Schemes.FirstOrDefault(s => s.Code == code);

    private static Loaded Load()
    {
        var assembly = typeof(ProgramCatalog).Assembly;
        using var formsStream = assembly.GetManifestResourceStream("Showcase.Programs.Data.forms.json")!;
        using var programsStream = assembly.GetManifestResourceStream("Showcase.Programs.Data.programs.json")!;
        return Check(JsonSerializer.Deserialize<FormsFile>(formsStream, Json)!, JsonSerializer.Deserialize<ProgramsFile>(programsStream, Json)!);
    }

    private static Loaded Check(FormsFile formsFile, ProgramsFile programsFile)
    {
        var forms = formsFile.Forms.Select(f => Expand(f, formsFile.Blocks)).ToFrozenDictionary(f => f.Code, StringComparer.Ordinal);
        var programs = programsFile.Programs.Select(p => Check(p, forms)).ToArray();
        foreach (var scheme in programsFile.QuotaSchemes)
        {
            foreach (var city in scheme.Cities.Keys.Where(c => ReferenceData.Cities.Find(c)?.Parent != scheme.Province))
            {
                throw new InvalidDataException($"programs.json: quota scheme '{scheme.Code}' names city '{city}', which is not a city of province '{scheme.Province}'.");
            }
        }

        return new Loaded(programs, forms, programsFile.QuotaSchemes, formsFile.Pledge);
    }

    private static ProgramRules Check(ProgramRules read, FrozenDictionary<string, ApplicationForm> forms)
    {
        // Lists a program does not need may be left out of the file.
        var program = read with
        {
            Recommenders = read.Recommenders ?? [],
            Forms = read.Forms ?? new Dictionary<string, string>(),
            SameAs = read.SameAs ?? new Dictionary<string, IReadOnlyList<string>>(),
            ClosedDirections = read.ClosedDirections ?? [],
            Rubric = read.Rubric ?? [],
        };
        var where = $"programs.json: program '{program.Code}'";
        if (ReferenceData.Programs.Find(program.Code) is not { Parent: null })
        {
            throw new InvalidDataException($"{where} is not a program of the 'program' reference list.");
        }

        var unknown = program.Forms.Keys.Where(c => ReferenceData.Programs.Find(c)?.Parent != program.Code)
            .Concat(program.SameAs.Keys.Where(d => !program.OffersDirection(d)))
            .Concat(program.SameAs.Values.SelectMany(v => v).Where(d => !ReferenceData.Programs.Contains(d)))
            .Concat(program.ClosedDirections.Where(d => !ReferenceData.Programs.Contains(d)))
            .Concat(program.Recommenders.Select(r => r.Kind).Where(k => !ReferenceData.RecommenderKinds.Contains(k)))
            .FirstOrDefault();
        if (unknown is not null)
        {
            throw new InvalidDataException($"{where} names '{unknown}', which is not a class, direction or recommender kind it can use.");
        }

        if (program.Rubric.Count == 0 || program.Rubric.Sum(c => c.Weight) != 100)
        {
            throw new InvalidDataException($"{where}: its rubric's weights must add up to 100.");
        }

        var missingForm = program.Forms.Values.Append(program.DefaultForm).FirstOrDefault(f => !forms.ContainsKey(f));
        return missingForm is null ? program : throw new InvalidDataException($"{where} uses form '{missingForm}', which forms.json does not have.");
    }

    /// <summary>Puts each block's fields in place (prefixed), then checks the form's keys are unique and its bounds exist.</summary>
    private static ApplicationForm Expand(FormFile form, IReadOnlyDictionary<string, FieldFile[]> blocks)
    {
        var sections = form.Sections.Select(section => new FormSection(section.Title, section.Fields.SelectMany(item =>
            item.Block is null
                ? [item.ToField(prefix: null)]
                : (blocks.GetValueOrDefault(item.Block) ?? throw new InvalidDataException($"forms.json: form '{form.Code}' uses unknown block '{item.Block}'."))
                    .Select(f => f.ToField(item.Prefix))).ToArray(), section.Files ?? [])).ToArray();
        var result = new ApplicationForm(form.Code, form.Name, form.Note, form.Contact, sections);
        var keys = result.Fields.Select(f => f.Key).ToArray();
        var problem = keys.GroupBy(k => k).FirstOrDefault(g => g.Count() > 1)?.Key is { } twice ? $"field '{twice}' appears twice"
            : result.FileSlots.GroupBy(s => s.Key).FirstOrDefault(g => g.Count() > 1)?.Key is { } slot ? $"file slot '{slot}' appears twice"
            : result.Fields.FirstOrDefault(f => f.AtMost is not null && !keys.Contains(f.AtMost)) is { } bound ? $"field '{bound.Key}' is bounded by missing '{bound.AtMost}'"
            : !keys.Contains($"{form.Contact}.name") ? $"contact '{form.Contact}' has no name field"
            : result.Fields.FirstOrDefault(f => (f.Kind == FieldKind.Term) != (f.Taxonomy is not null) || (f.Taxonomy is not null && ReferenceData.Find(f.Taxonomy) is null)) is { } term
                ? $"field '{term.Key}' needs a known taxonomy exactly when its kind is term"
            : null;
        return problem is null ? result : throw new InvalidDataException($"forms.json: form '{form.Code}': {problem}.");
    }

    private sealed record Loaded(ProgramRules[] Programs, FrozenDictionary<string, ApplicationForm> Forms, IReadOnlyList<QuotaScheme> Schemes, string Pledge);

    private sealed record ProgramsFile(ProgramRules[] Programs, QuotaScheme[] QuotaSchemes);

    private sealed record FormsFile(string Pledge, Dictionary<string, FieldFile[]> Blocks, FormFile[] Forms);

    private sealed record FormFile(string Code, string Name, string? Note, string Contact, SectionFile[] Sections);

    private sealed record SectionFile(string Title, FieldFile[] Fields, FileSlot[]? Files);

    private sealed record FieldFile(string? Key, string? Label, FieldKind Kind, int? Max, bool Required, string[]? Options, string? AtMost, decimal? MaxValue,
        string? MustBeYes, string? Taxonomy, string? Block, string? Prefix)
    {
        /// <summary>Default limits where the seeds give none: a line of 100 characters, a section of 20,000.</summary>
        public FormField ToField(string? prefix) => new(
            prefix is null ? Key! : $"{prefix}.{Key}", Label!, Kind, Max ?? (Kind == FieldKind.Paragraph ? 20_000 : 100), Required, Options ?? [],
            AtMost, MaxValue, MustBeYes, Taxonomy);
    }
}
