using System.Text;
using Showcase.Audit;
using Showcase.Cases;
using Showcase.Factories;
using Showcase.Listings;
using Showcase.Programs;
using Showcase.Titles;

namespace Showcase.Grains.Programs;

/// <summary>
/// What a concluded call's winners become: honours for their directions (so they cannot apply for them again), and
/// entries in the showcase — a 示范工厂 winner a factory selected to build, every other winner a case drafted from its
/// application for it to complete and the curators to publish. Ids are fixed (<c>{call}-{applicant}</c>), so doing it
/// again is harmless.
/// </summary>
internal sealed class ProgramWinners(IGrainFactory grains, ProgramCallKey key, ProgramCallSnapshot call)
{
    private ProgramPublication Publication => call.Publication!;

    /// <summary>The day the list was made final, as a UTC date like the title rules' own "today".</summary>
    private DateOnly Today => DateOnly.FromDateTime(Publication.ConcludedAt!.Value.UtcDateTime);

    public async Task EnterShowcaseAsync(Actor by)
    {
        var applications = new List<ProgramApplicationSnapshot>();
        foreach (var winner in Publication.Winners)
        {
            if (await grains.GetProgramApplication(new ProgramApplicationKey(key, winner)).GetAsync() is { } application)
            {
                applications.Add(application);
            }
        }

        await grains.GetProgramHonours(key.Tenant).RecordAsync(
            applications.SelectMany(a => a.Content.Directions.Select(d => new ProgramHonour(a.Key.Applicant, d, a.Content.ProjectName ?? "", call.Setup.Title ?? ""))).ToArray(), by);
        foreach (var application in applications)
        {
            var id = new CatalogKey(key.Tenant, ProgramShowcase.IdFor(key.Id, application.Key.Applicant));
            await (ProgramShowcase.BecomesFactory(application.Content.Directions) ? EnterFactoryAsync(id, application, by) : EnterCaseAsync(id, application, by));
        }
    }

    private async Task EnterFactoryAsync(CatalogKey id, ProgramApplicationSnapshot application, Actor by)
    {
        var factory = grains.GetFactory(id);
        var existing = await factory.GetAsync() ?? await factory.DeclareAsync(new FactoryProfile
        {
            Name = Answer(application, "factory.name") ?? application.Content.ProjectName,
            Enterprise = application.ApplicantName,
            Province = Answer(application, "factory.province"),
            City = Answer(application, "factory.city"),
            SubIndustry = Answer(application, "factory.subIndustry"),
            Summary = Answer(application, "factory.summary"),
            Body = Body(application),
            AnsweredTask = call.Setup.Title,
        }, Today, application.Owner, by);
        if (existing.Title.Status == TitleStatus.Declared)
        {
            await factory.AdvanceTitleAsync(new TitleDecision(TitleAction.Select, Today, $"经{call.Setup.Title}评审、公示，入选智能制造示范工厂建设。"), by);
        }
    }

    private async Task EnterCaseAsync(CatalogKey id, ProgramApplicationSnapshot application, Actor by)
    {
        var grain = grains.GetCase(id);
        if (await grain.GetAsync() is not null)
        {
            return;
        }

        var summary = application.Content.Answers.Where(a => a.Key.EndsWith("summary", StringComparison.Ordinal)).Select(a => a.Value).FirstOrDefault();
        await grain.CreateDraftAsync(new CaseContent
        {
            Title = Shorten(application.Content.ProjectName, 80),
            Summary = Shorten(summary, 300),
            Body = Body(application),
            Organisation = Shorten(application.ApplicantName, 100),
            ContactName = Contact(application, "name"),
            ContactEmail = Contact(application, "email"),
            Industries = Answer(application, "scenario.industry") is { } industry ? [industry] : [],
            Domains = Answer(application, "scenario.domain") is { } domain ? [domain] : [],
            Programs = application.Content.Directions.Take(3).ToArray(),
            Year = Today.Year,
        }, application.Owner, by);
    }

    /// <summary>The write-up drafted from the application: the pilot period, then every narrative section of its forms.</summary>
    private string Body(ProgramApplicationSnapshot application)
    {
        var body = new StringBuilder($"> {call.Setup.Title}入选项目，试点示范期 {Today:yyyy-MM-dd} 至 {Publication.PilotEnds:yyyy-MM-dd}。\n");
        foreach (var form in call.Program.FormsFor(application.Content.Directions).Select(ProgramCatalog.Form))
        {
            foreach (var section in form.Sections)
            {
                var answered = section.Fields.Where(f => f.Kind == FieldKind.Paragraph && application.Content.Answer(form.AnswerKey(f)) is not null).ToArray();
                if (answered.Length == 0)
                {
                    continue;
                }

                body.Append($"\n## {section.Title}\n");
                foreach (var field in answered)
                {
                    body.Append($"\n### {field.Label}\n\n{application.Content.Answer(form.AnswerKey(field))}\n");
                }
            }
        }

        return body.Length > 30_000 ? body.ToString(0, 30_000) : body.ToString();
    }

    private string? Answer(ProgramApplicationSnapshot application, string field) =>
        call.Program.FormsFor(application.Content.Directions).Select(form => application.Content.Answer($"{form}/{field}")).FirstOrDefault(a => a is not null);

    private string? Contact(ProgramApplicationSnapshot application, string part) =>
        call.Program.FormsFor(application.Content.Directions).Select(form => application.Content.Answer(ProgramCatalog.Form(form).ContactKey(part))).FirstOrDefault(a => a is not null);

    private static string? Shorten(string? text, int max) => text is { Length: > 0 } && text.Length > max ? text[..max] : text;
}
