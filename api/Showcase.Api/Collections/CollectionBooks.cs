using System.Globalization;
using Showcase.Api.Files;
using Showcase.Cases;
using Showcase.Catalog.Collections;
using Showcase.Catalog.Markdown;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Pictures;
using Showcase.Reference;
using Showcase.Tenancy;

namespace Showcase.Api.Collections;

/// <summary>
/// Lays a collection's content out as a <see cref="Book"/>: every case as the revision it is pinned to, read from
/// its grain (never the latest), its QR code pointing at the live case on this site, with the cover and first
/// gallery pictures that revision names.
/// </summary>
public sealed class CollectionBooks(IGrainFactory grains, IFileStore files)
{
    private const int Parallelism = 16;

    /// <summary>The cover and this many more pictures of the gallery go into the book; the rest stay online.</summary>
    private const int GalleryInBook = 3;

    /// <summary>
    /// The book of <paramref name="content"/> (the published or the working copy) in <paramref name="language"/>;
    /// <paramref name="read"/> is told how many cases have been read so far. <paramref name="pictureFiles"/> reads the
    /// pictures' bytes, which a file needs and a page, linking them, does not.
    /// </summary>
    public async Task<Book> BuildAsync(TenantSnapshot tenant, CollectionSnapshot collection, CollectionContent content, string baseUrl,
        Action<int>? read = null, bool pictureFiles = true, BookLanguage language = BookLanguage.Chinese)
    {
        var items = content.Items.ToArray();
        var revisions = new CaseRevision?[items.Length];
        var pictures = new (IReadOnlyList<BookPicture> Top, IReadOnlyList<BookPicture> Body)[items.Length];
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Length), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, cancellationToken) =>
        {
            revisions[i] = await grains.GetCase(new CatalogKey(tenant.Id, items[i].Case)).GetRevisionAsync(items[i].Revision);
            pictures[i] = await PicturesAsync(tenant.Id, revisions[i]?.Content, pictureFiles, cancellationToken);
            read?.Invoke(Interlocked.Increment(ref done));
        });

        Book Edition(BookLanguage edition)
        {
            var pages = items.Select((item, i) => Page(item, revisions[i]?.Content, baseUrl.TrimEnd('/') + PortalPaths.Of(tenant.Id).Cases.Item(item.Case), pictures[i], edition))
                .ToDictionary(p => p.Id);
            var details = content.Details;
            var english = edition == BookLanguage.English ? details.English : EnglishText.None;
            var published = collection.Published is { } p && p.Content.Equals(content) ? p : null;
            return new Book(
                new BookCover(english.Title ?? details.Title ?? BookWords.Get("UntitledCollection", edition), english.Summary ?? details.Subtitle, details.EventName,
                    details.EventDate is { } date ? BookWords.Date(date, edition) : null, details.EventPlace, tenant.Profile.Name,
                    published is null ? BookWords.Get("PreviewEdition", edition)
                        : BookWords.Get("PublishedEdition", edition, BookWords.Date(DateOnly.FromDateTime(ChinaTime.At(published.PublishedAt).DateTime), edition), published.Number)),
                english.Body ?? details.Introduction,
                content.Sections.Select(s => new BookChapter(s.Title, s.Items.Select(i => pages[i.Case.Value]).ToArray())).ToArray())
            {
                Language = edition,
            };
        }

        return language == BookLanguage.Both
            ? Edition(BookLanguage.Chinese) with { English = Edition(BookLanguage.English) }
            : Edition(language);
    }

    /// <summary>
    /// The pictures a case's page prints: those its body places, where it places them, and on top the cover and first
    /// gallery pictures the body does not place; with their bytes when asked (one whose file is gone is then left out).
    /// </summary>
    private async Task<(IReadOnlyList<BookPicture> Top, IReadOnlyList<BookPicture> Body)> PicturesAsync(
        TenantId tenant, CaseContent? content, bool withFiles, CancellationToken cancellationToken)
    {
        var set = content?.Pictures ?? PictureSet.None;
        var placed = MarkdownRenderer.PictureIds(content?.Body).ToHashSet(StringComparer.Ordinal);
        var top = await ReadAsync(set.All.Where(p => !placed.Contains(p.Id.Value)).Take(1 + GalleryInBook));
        var body = await ReadAsync(set.All.Where(p => placed.Contains(p.Id.Value)));
        return (top, body);

        async Task<IReadOnlyList<BookPicture>> ReadAsync(IEnumerable<Picture> chosen)
        {
            var pictures = new List<BookPicture>();
            foreach (var picture in chosen)
            {
                if (!withFiles)
                {
                    pictures.Add(new BookPicture(picture.Id.Value, [], "", picture.Width, picture.Height, picture.Caption));
                }
                else if (await files.ReadAsync(tenant, picture.Id, cancellationToken) is { } file)
                {
                    pictures.Add(new BookPicture(picture.Id.Value, file.Content, file.ContentType, picture.Width, picture.Height, picture.Caption));
                }
            }

            return pictures;
        }
    }

    private static BookCase Page(CollectionItem item, CaseContent? content, string url, (IReadOnlyList<BookPicture> Top, IReadOnlyList<BookPicture> Body) pictures,
        BookLanguage language)
    {
        if (content is null)
        {
            return new BookCase(item.Case.Value, item.Revision, item.Title, null, [], [], BookWords.Get("Unreadable", language), item.Note, url, [], []);
        }

        var facts = new List<BookFact>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                facts.Add(new BookFact(key, BookWords.Fact(key, language), value));
            }
        }

        var code = language == BookLanguage.English ? TenantProfile.English : TenantProfile.Chinese;
        string Names(Taxonomy taxonomy, IEnumerable<string> codes) => BookWords.List(codes.Select(c => taxonomy.NameOf(c, code)), language);
        Add(BookFacts.Organisation, content.Organisation);
        Add(BookFacts.Region, Region(content.Province, content.City, code));
        Add(BookFacts.Industry, Names(ReferenceData.Industries, content.Industries));
        Add(BookFacts.Domain, Names(ReferenceData.Domains, content.Domains));
        Add(BookFacts.Technologies, Names(ReferenceData.Technologies, content.Technologies));
        Add(BookFacts.Scenes, Names(ReferenceData.Scenes, content.Scenes));
        Add(BookFacts.Programs, Names(ReferenceData.Programs, content.Programs));
        Add(BookFacts.Year, content.Year?.ToString(CultureInfo.InvariantCulture));
        var english = language == BookLanguage.English ? content.English : null;
        return new BookCase(item.Case.Value, item.Revision, english?.Title ?? content.Title ?? item.Title, english?.Summary ?? content.Summary, facts,
            content.Metrics.Select(m => new BookMetric(m.Name, m.Unit, MetricText.Number(m.Before), MetricText.Number(m.After), MetricText.Change(m))).ToArray(),
            english?.Body ?? content.Body, item.Note, url, pictures.Top, pictures.Body)
        {
            Original = english is null ? BookOriginal.None
                : (english.Title is null ? BookOriginal.Title : 0) | (english.Summary is null && content.Summary is not null ? BookOriginal.Summary : 0)
                    | (english.Body is null && content.Body is not null ? BookOriginal.Body : 0),
        };
    }

    /// <summary>省 市 as people read them (in English: city, province), or null when no province is given.</summary>
    public static string? Region(string? province, string? city, string language = TenantProfile.Chinese)
    {
        if (province is null)
        {
            return null;
        }

        var (provinceName, cityName) = (ReferenceData.Provinces.NameOf(province, language), city is null ? null : ReferenceData.Cities.NameOf(city, language));
        return cityName is null || cityName == provinceName ? provinceName
            : language == TenantProfile.English ? $"{cityName}, {provinceName}"
            : $"{provinceName} {cityName}";
    }
}

/// <summary>Metric values as printed: up to two decimals, “—” where there is no value, the change signed in percent.</summary>
public static class MetricText
{
    public static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    public static string Change(CaseMetric metric) =>
        metric.ChangePercent is { } change ? $"{(change > 0 ? "+" : "")}{change.ToString("0.#", CultureInfo.InvariantCulture)}%" : "—";
}
