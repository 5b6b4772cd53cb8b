using Showcase.Common;
using Showcase.Pictures;
using Showcase.Reference;

namespace Showcase.Grains.Rules;

/// <summary>Collects every rule a request breaks, each as a sentence that says what to do, so a form shows them all at once.</summary>
internal sealed class RuleErrors : List<DomainError>
{
    /// <summary>An error whose sentence reads in the reader's language.</summary>
    public RuleErrors Add(string code, Sentence sentence, string field)
    {
        Add(DomainMessages.Error(code, field, sentence));
        return this;
    }

    /// <summary>An error whose sentence is a <see cref="DomainMessages"/> template, so it reads in English too.</summary>
    private RuleErrors Refuse(string code, string field, string template, params object[] arguments)
    {
        Add(DomainMessages.Error(code, field, template, arguments));
        return this;
    }

    public RuleErrors MaxLength(string? text, int max, string field, string label) =>
        text is not null && text.Length > max ? Refuse(ErrorCodes.TooLong, field, "TooLong", label, max, text.Length) : this;

    public RuleErrors Required(string? text, string field, string label) =>
        text is null ? Refuse(ErrorCodes.Required, field, "Required", label) : this;

    public RuleErrors Required<T>(IReadOnlyCollection<T> items, string field, string label) =>
        items.Count == 0 ? Refuse(ErrorCodes.Required, field, "RequiredList", label) : this;

    public RuleErrors MaxCount<T>(IReadOnlyCollection<T> items, int max, string field, string label) =>
        items.Count > max ? Refuse(ErrorCodes.TooMany, field, "TooMany", label, max, items.Count) : this;

    public RuleErrors KnownCode(Taxonomy taxonomy, string? code, string field) =>
        code is not null && !taxonomy.Contains(code) ? Refuse(ErrorCodes.UnknownCode, field, "UnknownCode", code, taxonomy.Name) : this;

    public RuleErrors KnownCodes(Taxonomy taxonomy, IEnumerable<string> codes, string field)
    {
        foreach (var code in codes)
        {
            KnownCode(taxonomy, code, field);
        }

        return this;
    }

    /// <summary>A city must be a city of the chosen province (and a province must be chosen with it).</summary>
    public RuleErrors Region(string? province, string? city, string provinceField = "province", string cityField = "city")
    {
        KnownCode(ReferenceData.Provinces, province, provinceField).KnownCode(ReferenceData.Cities, city, cityField);
        if (city is not null && ReferenceData.Cities.Find(city) is { } term && term.Parent != province)
        {
            var itsProvince = ReferenceData.Provinces.NameOf(term.Parent!);
            _ = province is null
                ? Refuse(ErrorCodes.InvalidValue, cityField, "CityWithoutProvince", term.Name, itsProvince)
                : Refuse(ErrorCodes.InvalidValue, cityField, "CityNotInProvince", term.Name, ReferenceData.Provinces.NameOf(province), itsProvince);
        }

        return this;
    }

    /// <summary>The English beside the Chinese, each part within its limit; <paramref name="bodyMax"/> 0: the entity has no body to translate.</summary>
    public RuleErrors English(EnglishText english, int titleMax, int summaryMax, int bodyMax) =>
        MaxLength(english.Title, titleMax, "english.title", "英文标题")
            .MaxLength(english.Summary, summaryMax, "english.summary", "英文概要")
            .Check(bodyMax > 0 || english.Body is null, ErrorCodes.InvalidValue, Sentence.Of("NoEnglishBody"), "english.body")
            .MaxLength(bodyMax > 0 ? english.Body : null, bodyMax, "english.body", "英文全文");

    /// <summary>Refuses with <paramref name="sentence"/> unless the rule <paramref name="holds"/>.</summary>
    public RuleErrors Check(bool holds, string code, Sentence sentence, string field) => holds ? this : Add(code, sentence, field);

    /// <summary>At most <see cref="PictureSet.GalleryMax"/> gallery pictures, each once, with captions of at most <see cref="PictureSet.CaptionMax"/> characters.</summary>
    public RuleErrors Pictures(PictureSet pictures) =>
        MaxCount(pictures.Gallery, PictureSet.GalleryMax, "pictures.gallery", "图集")
            .Check(pictures.All.Select(p => p.Id).Distinct().Count() == pictures.All.Count(), ErrorCodes.InvalidValue,
                Sentence.Of("PictureTwice"), "pictures.gallery")
            .Check(pictures.All.All(p => (p.Caption?.Length ?? 0) <= PictureSet.CaptionMax), ErrorCodes.TooLong,
                Sentence.Of("CaptionTooLong", PictureSet.CaptionMax), "pictures.gallery")
            .Check(pictures.All.All(p => p.Width > 0 && p.Height > 0), ErrorCodes.InvalidValue, Sentence.Of("PictureSizeInvalid"), "pictures");
}
