using Microsoft.AspNetCore.Http;
using Showcase.Api.Files;
using Showcase.Api.People;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.Files;

namespace Showcase.Api.Programs;

/// <summary>
/// An application's 证明材料: uploaded by the applicant's members while the call takes applications, then attached to
/// a slot of a form by <c>saveProgramApplication</c>. Once attached, read by whoever may read the application (its
/// applicant, the recommender it was submitted to, curators, the call's experts once recommended); before that only
/// by its uploader. Anyone else finds nothing.
/// </summary>
public sealed class ApplicationFiles(IFileStore files, ProgramService programs, RequestTenant tenant, CurrentUser current) : IAttachmentOwner
{
    private const string Kind = "application";

    /// <summary>What an application's files are kept as belonging to: <c>application/{call}/{applicant}</c>.</summary>
    public static string OwnerOf(EntityId call, EntityId applicant) => OwnerNames.Of(Kind, call, applicant);

    /// <summary>The call and applicant of a kept file's owner, when it is an application's.</summary>
    public static bool TryParseOwner(string owner, out EntityId call, out EntityId applicant) => OwnerNames.TryParse(owner, Kind, out call, out applicant);

    public bool Handles(string owner) => TryParseOwner(owner, out _, out _);

    public async Task<Attachment> UploadAsync(string owner, IFormFile upload, CancellationToken cancellationToken)
    {
        if (!TryParseOwner(owner, out var callId, out var applicant))
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("ApplicationFileForMissing"), "for");
        }

        var call = await programs.ApplyingAsync(callId.Value, applicant, "上传证明材料");
        return await Attachments.KeepAsync(files, tenant.Id, OwnerOf(call.Key.Id, applicant), upload, Uploader, "file", cancellationToken);
    }

    public async Task<bool> MayReadAsync(StoredFileEntry file)
    {
        if (!TryParseOwner(file.Owner, out var call, out var applicant))
        {
            return false;
        }

        var found = await programs.StoredApplicationAsync(call.Value, applicant.Value);
        if (found?.Application.Content.AllFiles.Any(f => f.Id == file.Id) != true)
        {
            return file.UploadedBy is not null && file.UploadedBy == Uploader;
        }

        return found.Value.MayRead;
    }

    private string? Uploader => current.User?.Account.ToString();
}
