using System.Globalization;
using System.Text.RegularExpressions;
using Showcase.Common;
using Showcase.Files;
using Showcase.Grains.Rules;
using Showcase.Programs;
using Showcase.Reference;

namespace Showcase.Grains.Programs;

/// <summary>
/// The rules of an application that need nothing but the program and the application itself: directions the program
/// offers within its limits (≤ 2 classes, 双创 ≤ 3 directions), answers that fit their fields, and attached files in
/// slots the forms have. A draft may leave
/// things out; a submission may not.
/// </summary>
internal static partial class ProgramApplicationRules
{
    public const int MaxProjectName = 100;

    public static ProgramApplicationContent Normalize(ProgramApplicationContent content) => content with
    {
        ProjectName = Clean.Text(content.ProjectName),
        Directions = Clean.Codes(content.Directions),
        Answers = content.Answers
            .Select(a => (Key: a.Key.Trim(), Value: Clean.Text(a.Value)))
            .Where(a => a.Value is not null)
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => YesNo(g.Last().Value!), StringComparer.Ordinal),
        Files = content.Files
            .Where(f => f.Value.Count > 0)
            .GroupBy(f => f.Key.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Attachment>)[.. g.Last().Value.DistinctBy(a => a.Id)], StringComparer.Ordinal),
    };

    public static RuleErrors CheckDraft(ProgramRules program, ProgramApplicationContent content)
    {
        var errors = new RuleErrors().MaxLength(content.ProjectName, MaxProjectName, "projectName", "项目名称");
        foreach (var direction in content.Directions.Where(d => !program.OffersDirection(d)))
        {
            errors.Add(ErrorCodes.UnknownCode, Sentence.Of("DirectionNotInProgram", ReferenceData.Programs.NameOf(direction), program.Name), "directions");
        }

        var classes = content.Directions.Where(program.OffersDirection).Select(program.ClassOf).Distinct().Count();
        if (program.MaxClasses is { } maxClasses && classes > maxClasses)
        {
            errors.Add(ErrorCodes.TooMany, Sentence.Of("TooManyDirectionClasses", maxClasses, classes), "directions");
        }

        if (program.MaxDirections is { } maxDirections && content.Directions.Count > maxDirections)
        {
            errors.Add(ErrorCodes.TooMany, Sentence.Of("TooManyDirections", maxDirections, content.Directions.Count), "directions");
        }

        foreach (var (key, value) in content.Answers)
        {
            CheckAnswer(errors, content, key, value);
        }

        CheckFiles(errors, content);
        return errors;
    }

    /// <summary>Everything a submission needs beyond a draft: the cover, every required answer of every form, the declarations and the pledge.</summary>
    public static RuleErrors CheckSubmission(ProgramRules program, ProgramApplicationContent content, bool pledge)
    {
        var errors = CheckDraft(program, content)
            .Required(content.ProjectName, "projectName", "项目名称")
            .Required(content.Directions, "directions", "申报方向");
        if (content.Recommender is null)
        {
            errors.Add(ErrorCodes.Required, Sentence.Of("ChooseRecommender"), "recommender");
        }

        foreach (var form in program.FormsFor(content.Directions).Select(ProgramCatalog.Form))
        {
            foreach (var field in form.Fields)
            {
                var value = content.Answer(form.AnswerKey(field));
                if (field.Required && value is null)
                {
                    errors.Add(ErrorCodes.Required, Sentence.Of("FormFieldRequired", form.Name, field.Label), Field(form, field));
                }
                else if (field.MustBeYes is { } sentence && value is not null && value != YesNoAnswer.Yes)
                {
                    // The seed form's own sentence (申报须知), in its Chinese as the form prints it.
                    errors.Add(new DomainError(ErrorCodes.NotEligible, sentence, Field(form, field)));
                }
            }
        }

        return errors.Check(pledge, ErrorCodes.Required, Sentence.Of("PledgeRequired", ProgramCatalog.Pledge), "pledge");
    }

    private static void CheckAnswer(RuleErrors errors, ProgramApplicationContent content, string key, string value)
    {
        var (form, item) = Split(key);
        if (form?.Field(item) is not { } field)
        {
            errors.Add(ErrorCodes.InvalidValue, Sentence.Of("NoSuchFormField", key), $"answers.{key}");
            return;
        }

        var where = Field(form, field);
        if (value.Length > field.Max)
        {
            errors.Add(ErrorCodes.TooLong, Sentence.Of("FormFieldTooLong", field.Label, field.Max, value.Length), where);
            return;
        }

        var problem = field.Kind switch
        {
            FieldKind.Integer => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n > (field.MaxValue ?? long.MaxValue) ? Sentence.Of("AnswerAboveMax", field.Label, field.MaxValue) : null
                : Sentence.Of("AnswerNotAWholeNumber", field.Label),
            FieldKind.Amount => decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) ? null : Sentence.Of("AnswerNotAnAmount", field.Label),
            FieldKind.Number => decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : Sentence.Of("AnswerNotANumber", field.Label),
            FieldKind.Percent => decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) && p <= 100 ? null : Sentence.Of("AnswerNotAPercent", field.Label),
            FieldKind.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : Sentence.Of("AnswerNotADate", field.Label),
            FieldKind.Email => EmailPattern().IsMatch(value) ? null : Sentence.Of("AnswerNotAnEmail", field.Label),
            FieldKind.Phone => PhonePattern().IsMatch(value) ? null : Sentence.Of("AnswerNotAPhone", field.Label),
            FieldKind.Choice => field.Options.Contains(value) ? null : Sentence.Of("AnswerNotAChoice", field.Label, string.Join("”“", field.Options)),
            FieldKind.YesNo => value is YesNoAnswer.Yes or YesNoAnswer.No ? null : Sentence.Of("AnswerNotYesOrNo", field.Label),
            FieldKind.Term => ReferenceData.Find(field.Taxonomy!) is { } list && list.Contains(value) && list.ChildrenOf(value).Count == 0
                ? null
                : Sentence.Of("AnswerNotAListCode", field.Label, value),
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(ErrorCodes.InvalidValue, problem, where);
            return;
        }

        if (field.Taxonomy == "city" && content.Answer($"{form.Code}/{field.Key[..^"city".Length]}province") is { } province
            && ReferenceData.Cities.Find(value)?.Parent != province)
        {
            errors.Add(ErrorCodes.InvalidValue, Sentence.Of("CityNotInProvinceChooseAgain", ReferenceData.Cities.NameOf(value), ReferenceData.Provinces.NameOf(province)), where);
        }

        if (field.AtMost is { } bound && content.Answer($"{form.Code}/{bound}") is { } boundValue
            && decimal.TryParse(value, CultureInfo.InvariantCulture, out var amount) && decimal.TryParse(boundValue, CultureInfo.InvariantCulture, out var limit) && amount > limit)
        {
            errors.Add(ErrorCodes.InvalidValue, Sentence.Of("FormFieldAboveBound", field.Label, value, form.Field(bound)!.Label, boundValue), where);
        }
    }

    /// <summary>Each slot a form has, at most <see cref="FileSlot.MaxFiles"/> files in it, and no file in two slots.</summary>
    private static void CheckFiles(RuleErrors errors, ProgramApplicationContent content)
    {
        foreach (var (key, files) in content.Files)
        {
            var (form, item) = Split(key);
            if (form?.Slot(item) is not { } slot)
            {
                errors.Add(ErrorCodes.InvalidValue, Sentence.Of("NoSuchFileSlot", key), $"files.{key}");
            }
            else if (files.Count > FileSlot.MaxFiles)
            {
                errors.Add(ErrorCodes.TooMany, Sentence.Of("TooManyFilesInSlot", slot.Label, FileSlot.MaxFiles, files.Count), $"files.{key}");
            }
        }

        var twice = content.AllFiles.GroupBy(f => f.Id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            errors.Add(ErrorCodes.InvalidValue, Sentence.Of("FileInTwoSlots", twice.First().Name), "files");
        }
    }

    /// <summary>The form and the field or slot a <c>{form}/{item}</c> key names.</summary>
    private static (ApplicationForm? Form, string Item) Split(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? (ProgramCatalog.Forms.FirstOrDefault(f => f.Code == key[..slash]), key[(slash + 1)..]) : (null, key);
    }

    public static string Field(ApplicationForm form, FormField field) => $"answers.{form.AnswerKey(field)}";

    /// <summary>Yes/no answers are stored as the forms print them: 是 or 否.</summary>
    private static string YesNo(string value) => value.ToLowerInvariant() switch
    {
        "yes" or "true" or "y" => YesNoAnswer.Yes,
        "no" or "false" or "n" => YesNoAnswer.No,
        _ => value,
    };

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[0-9+()\- ]{5,30}$")]
    private static partial Regex PhonePattern();
}
