using Showcase.Api.Transfers;
using Showcase.Cases;
using Showcase.Common;
using Showcase.Pictures;
using Showcase.Web.Localization;
using Showcase.Web.Pictures;

namespace Showcase.Web.Cases;

/// <summary>
/// The case form's fields as the browser posts them. Metrics are typed one per line, as in the import files:
/// <c>焊点缺陷率（%）：1.2→0.3</c>. Links are kept as they are (they are set through GraphQL and imports).
/// </summary>
public sealed class CaseForm
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public CaseSubject Subject { get; set; }

    public string? Organisation { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string? Province { get; set; }

    public string? City { get; set; }

    public string[] Industries { get; set => field = value ?? []; } = [];

    public string[] Domains { get; set => field = value ?? []; } = [];

    public string[] Technologies { get; set => field = value ?? []; } = [];

    public string[] Scenes { get; set => field = value ?? []; } = [];

    public string[] Programs { get; set => field = value ?? []; } = [];

    public string? Year { get; set; }

    public string? Metrics { get; set; }

    public PictureForm Pictures { get; set => field = value ?? new(); } = new();

    public EnglishForm English { get; set => field = value ?? new(); } = new();

    public static CaseForm From(CaseSnapshot snapshot)
    {
        var c = snapshot.Content;
        return new CaseForm
        {
            Id = snapshot.Key.Id.Value,
            Version = snapshot.Version,
            Title = c.Title,
            Summary = c.Summary,
            Body = c.Body,
            Subject = c.Subject,
            Organisation = c.Organisation,
            ContactName = c.ContactName,
            ContactPhone = c.ContactPhone,
            ContactEmail = c.ContactEmail,
            Province = c.Province,
            City = c.City,
            Industries = [.. c.Industries],
            Domains = [.. c.Domains],
            Technologies = [.. c.Technologies],
            Scenes = [.. c.Scenes],
            Programs = [.. c.Programs],
            Year = c.Year?.ToString(),
            Metrics = MetricCells.Format(c.Metrics),
            Pictures = PictureForm.From(c.Pictures),
            English = EnglishForm.From(c.English),
        };
    }

    /// <summary>The content to save, or the problems with what was typed (field <c>metrics</c>, <c>year</c>); pictures sized from <paramref name="pictures"/>.</summary>
    public (CaseContent Content, IReadOnlyList<DomainError> Errors) ToContent(CaseLinks links, PictureSet pictures)
    {
        var errors = new List<DomainError>();
        var metricErrors = new RowErrors(0);
        var metrics = MetricCells.Parse(Metrics, "成效指标", metricErrors);
        errors.AddRange(metricErrors.All.Select(e => e.ToError("metrics")));
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (int.TryParse(Year, out var parsed))
            {
                year = parsed;
            }
            else
            {
                errors.Add(DomainMessages.Error(ErrorCodes.InvalidValue, "year", "NotAYear", Year));
            }
        }

        return (new CaseContent
        {
            Title = Title, Summary = Summary, Body = Body, Subject = Subject, Organisation = Organisation,
            ContactName = ContactName, ContactPhone = ContactPhone, ContactEmail = ContactEmail, Province = Province, City = City,
            Industries = Industries, Domains = Domains, Technologies = Technologies, Scenes = Scenes, Programs = Programs,
            Year = year, Metrics = metrics, Links = links, Pictures = Pictures.ToSet(pictures), English = English.ToText(),
        }, errors);
    }
}
