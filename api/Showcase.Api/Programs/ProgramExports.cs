using System.IO.Compression;
using Showcase.Api.Files;
using Showcase.Api.Tenancy;
using Showcase.Api.Transfers;
using Showcase.Catalog.Programs;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;
using Showcase.Files;
using Showcase.Programs;
using Showcase.Reference;

namespace Showcase.Api.Programs;

/// <summary>
/// The files the programs still ask for on paper: the 汇总表 of a recommender's ranked projects (xlsx, one sheet per
/// recommender for curators) and each application as a Word file following its form's sections, named
/// 推荐单位—排序—项目名—申报主体名称 as the 双创 notice prescribes, listing its attached 证明材料; the package holds the
/// documents themselves beside it. Who may download is who may read.
/// </summary>
public sealed class ProgramExports(ProgramService programs, IFileStore files, RequestTenant tenant)
{
    private static readonly char[] Unsafe = [.. Path.GetInvalidFileNameChars(), '\\', '/', ':', '*', '?', '"', '<', '>', '|'];

    public async Task<ExportFile> ApplicationAsync(string callId, string applicant)
    {
        var call = await programs.FindCallAsync(callId) ?? throw NotFound("申报批次");
        var application = await programs.FindApplicationAsync(callId, applicant) ?? throw NotFound("申报书");
        return WordFile(call, application);
    }

    /// <summary>推荐单位—排序—项目名—申报主体名称 (排序 is the rank in the recommender's list, 未推荐 before it).</summary>
    public static string FileName(ProgramCallSnapshot call, ProgramApplicationSnapshot application)
    {
        var recommender = application.Content.Recommender is { } r ? call.Seat(r)?.Name ?? r.Value : "未选推荐单位";
        var rank = call.RecommendationOf(application.Key.Applicant) is { } recommended ? recommended.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : "未推荐";
        var name = string.Join("—", recommender, rank, application.Content.ProjectName ?? "未命名项目", application.ApplicantName);
        return SafeName(name);
    }

    /// <summary>
    /// What a recommender sends in: its 汇总表, and every ranked application as a Word file named as the notice
    /// prescribes with its 证明材料 in a folder beside it (<c>{name}—附件/{slot}/{n}—{uploaded name}</c>), in one zip (its
    /// members and curators). Written to a temporary file: the documents may be hundreds of megabytes.
    /// </summary>
    public async Task<ExportStream> PackageAsync(string callId, string recommender, CancellationToken cancellationToken)
    {
        var summary = await SummaryAsync(callId, recommender);
        var call = (await programs.FindCallAsync(callId))!;
        var stream = ExportStream.TemporaryFile();
        try
        {
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            {
                Add(zip, summary.FileName, summary.Content, CompressionLevel.Optimal);
                foreach (var applicant in call.RecommendedBy(EntityId.Parse(recommender)))
                {
                    if (await programs.FindApplicationAsync(callId, applicant.Value) is { } application)
                    {
                        var word = WordFile(call, application);
                        Add(zip, word.FileName, word.Content, CompressionLevel.Optimal);
                        await AddDocumentsAsync(zip, $"{FileName(call, application)}—附件", call, application, cancellationToken);
                    }
                }
            }

            stream.Position = 0;
            return new ExportStream(Path.ChangeExtension(summary.FileName, ".zip").Replace("—汇总表", "—申报材料", StringComparison.Ordinal), ExportFile.Zip, stream);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>The 汇总表 of one recommender (its members and curators), or of every recommender (curators).</summary>
    public async Task<ExportFile> SummaryAsync(string callId, string? recommender)
    {
        var call = await programs.FindCallAsync(callId) ?? throw NotFound("申报批次");
        var seats = recommender is null
            ? programs.CanSeeAllRecommendations ? call.Recommenders : throw Showcase.Api.People.CurrentUser.Forbidden("下载全部推荐单位的汇总表")
            : [call.Recommenders.FirstOrDefault(s => s.Organisation.Value == recommender) ?? throw NotFound("推荐单位")];
        if (seats.Any(s => !programs.CanSeeRecommendations(call, s.Organisation)))
        {
            throw Showcase.Api.People.CurrentUser.Forbidden("下载其他推荐单位的汇总表");
        }

        if (seats.Count == 0)
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("NoRecommendersNoSummary"), "recommender");
        }

        var sheets = new List<TableSheet>();
        foreach (var seat in seats)
        {
            var rows = new List<IReadOnlyList<object?>>();
            foreach (var (applicant, index) in call.RecommendedBy(seat.Organisation).Select((a, i) => (a, i)))
            {
                if (await programs.FindApplicationAsync(callId, applicant.Value) is { } application)
                {
                    rows.Add(SummaryRow(call, application, index + 1));
                }
            }

            sheets.Add(new TableSheet(SheetName(seat.Name ?? seat.Organisation.Value, sheets.Count), SummaryColumns.Select(c => c.Header).ToArray(), rows,
                SummaryColumns.Select(c => c.Width).ToArray()));
        }

        using var stream = new MemoryStream();
        XlsxTable.Write(stream, sheets);
        var title = seats.Count == 1 ? $"{seats[0].Name}—{call.Setup.Title}—汇总表" : $"{call.Setup.Title}—汇总表";
        return new ExportFile($"{SafeName(title)}.xlsx", ExportFile.Xlsx, stream.ToArray());
    }

    /// <summary>The 汇总表 columns of the 2020 notice (附件7): the same as the cases' 汇总表.</summary>
    private static IReadOnlyList<SheetColumn> SummaryColumns => CaseSheet.SummaryColumns;

    /// <summary>申报方向 is the class (“四个类别”), 联系方式 the mobile number and the e-mail, one per line.</summary>
    private static IReadOnlyList<object?> SummaryRow(ProgramCallSnapshot call, ProgramApplicationSnapshot application, int rank)
    {
        var forms = call.Program.FormsFor(application.Content.Directions).Select(ProgramCatalog.Form).ToArray();
        string? Contact(string part) => forms.Select(f => application.Content.Answer(f.ContactKey(part))).FirstOrDefault(a => a is not null);
        return
        [
            rank, application.Content.ProjectName, application.ApplicantName,
            string.Join("、", application.Content.Directions.Select(call.Program.ClassOf).Distinct().Select(ReferenceData.Programs.NameOf)),
            Contact("name"), string.Join("\n", new[] { Contact("mobile"), Contact("email") }.OfType<string>()),
        ];
    }

    private static FormDocument Document(ProgramCallSnapshot call, ProgramApplicationSnapshot application)
    {
        var forms = call.Program.FormsFor(application.Content.Directions).Select(ProgramCatalog.Form).ToArray();
        var recommender = application.Content.Recommender is { } r ? call.Seat(r)?.Name ?? r.Value : "无";
        return new FormDocument(
            $"{call.Program.Name}项目申报书",
            string.Join("、", forms.Select(f => f.Name.Replace("试点示范项目申报书", "", StringComparison.Ordinal))),
            [
                new("项目名称", application.Content.ProjectName ?? "无"),
                new("申报单位（盖章）", application.ApplicantName),
                new("推荐单位（盖章）", recommender),
                new("申报方向", string.Join("、", application.Content.Directions.Select(ReferenceData.Programs.NameOf))),
                new("申报日期", (application.SubmittedAt is { } submitted ? ChinaTime.At(submitted).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture) : null) ?? "（未提交）"),
            ],
            forms.Select(form => new FormPart(form.Name, form.Sections.Select(section => new FormPartSection(section.Title, [
                .. section.Fields.Select(field => new FormLine(field.Label, ProgramAnswers.Display(field, application.Content.Answer(form.AnswerKey(field))), field.Kind == FieldKind.Paragraph)),
                .. section.Files.Select(slot => FilesLine(slot, application.Content.FilesOf(form.FilesKey(slot)))),
            ])).ToArray())).ToArray(),
            ProgramCatalog.Pledge,
            application.PledgedBy is { } by ? $"（{by.Name} 于 {ChinaTime.Minutes(application.SubmittedAt!.Value)} 在线提交时作出承诺）" : "（尚未提交，未作承诺）");
    }

    /// <summary>附件清单 of a slot: each attached file numbered with its kind and size, or 无.</summary>
    private static FormLine FilesLine(FileSlot slot, IReadOnlyList<Attachment> attached) => new(
        slot.Label,
        attached.Count == 0 ? "无" : string.Join("\n", attached.Select((file, i) => $"{i + 1}. {AttachmentText.Describe(file)}")),
        Long: true);

    /// <summary>The application's attached files, slot by slot of the forms its directions call for, as the Word file lists them.</summary>
    private async Task AddDocumentsAsync(ZipArchive zip, string folder, ProgramCallSnapshot call, ProgramApplicationSnapshot application, CancellationToken cancellationToken)
    {
        foreach (var form in call.Program.FormsFor(application.Content.Directions).Select(ProgramCatalog.Form))
        {
            foreach (var slot in form.FileSlots)
            {
                foreach (var (file, index) in application.Content.FilesOf(form.FilesKey(slot)).Select((f, i) => (f, i)))
                {
                    if (await files.ReadAsync(tenant.Id, file.Id, cancellationToken) is { } stored)
                    {
                        // Labels end in a parenthesised explanation that only lengthens the path: “附件 6：财务报表等其他相关材料（…）”.
                        var slotName = SafeName(slot.Label.Split('（')[0]);
                        Add(zip, $"{folder}/{slotName}/{index + 1}—{SafeName(file.Name)}", stored.Content, CompressionLevel.NoCompression);
                    }
                }
            }
        }
    }

    private static ExportFile WordFile(ProgramCallSnapshot call, ProgramApplicationSnapshot application)
    {
        using var stream = new MemoryStream();
        FormDocx.Write(stream, Document(call, application));
        return new ExportFile($"{FileName(call, application)}.docx", ExportFile.Docx, stream.ToArray());
    }

    /// <summary>Characters no file system takes become “_”.</summary>
    private static string SafeName(string name) => string.Concat(name.Select(c => Unsafe.Contains(c) ? '_' : c));

    /// <summary>Uploaded documents are compressed already (PDF, and .docx/.xlsx are zips): they are stored as they are.</summary>
    private static void Add(ZipArchive zip, string path, byte[] content, CompressionLevel compression)
    {
        using var entry = zip.CreateEntry(path, compression).Open();
        entry.Write(content);
    }

    private static string SheetName(string name, int index)
    {
        var clean = new string(name.Where(c => !"[]:*?/\\".Contains(c)).ToArray());
        clean = clean.Length > 28 ? clean[..28] : clean;
        return index == 0 ? clean : $"{clean}{index + 1}";
    }

    private static DomainException NotFound(string what) => new(ErrorCodes.NotFound, Sentence.Of("NotFoundOrHidden", what), "id");
}
