using Microsoft.AspNetCore.Http;
using Showcase.Api.Files;
using Showcase.Api.People;
using Showcase.Api.Tenancy;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Files;

namespace Showcase.Api.Challenges;

/// <summary>
/// A bid's documents (方案附件): uploaded by whoever may bid for the provider, then named in <c>submitBid</c>. Once a
/// bid names one, it is read by those who may read the bid (its bidder, the challenge's managers) and by the
/// challenge's reviewers; before that only by its uploader. Anyone else finds nothing.
/// </summary>
public sealed class BidFiles(IFileStore files, ChallengeService challenges, IGrainFactory grains, RequestTenant tenant, CurrentUser current) : IAttachmentOwner
{
    private const string Kind = "bid";

    /// <summary>What a bid's documents are kept as belonging to: <c>bid/{challenge}/{provider}</c>.</summary>
    public static string OwnerOf(EntityId challenge, EntityId provider) => OwnerNames.Of(Kind, challenge, provider);

    /// <summary>The challenge and provider of a kept file's owner, when it is a bid's.</summary>
    public static bool TryParseOwner(string owner, out EntityId challenge, out EntityId provider) => OwnerNames.TryParse(owner, Kind, out challenge, out provider);

    public bool Handles(string owner) => TryParseOwner(owner, out _, out _);

    public async Task<Attachment> UploadAsync(string owner, IFormFile upload, CancellationToken cancellationToken)
    {
        if (!TryParseOwner(owner, out var challengeId, out var provider))
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("BidFileForMissing"), "for");
        }

        var challenge = await challenges.BiddingAsync(challengeId.Value, provider);
        return await Attachments.KeepAsync(files, tenant.Id, OwnerOf(challenge.Key.Id, provider), upload, Uploader, "file", cancellationToken);
    }

    /// <summary>The file, when the current person may read it as a document of the bid it was uploaded for.</summary>
    public async Task<bool> MayReadAsync(StoredFileEntry file)
    {
        if (!TryParseOwner(file.Owner, out var challengeId, out var provider) || await challenges.FindAsync(challengeId.Value) is not { } challenge)
        {
            return false;
        }

        var bid = await grains.GetBid(challenge.Key, provider).GetAsync();
        if (bid?.Content.Files.Any(f => f.Id == file.Id) != true)
        {
            return file.UploadedBy is not null && file.UploadedBy == Uploader;
        }

        return challenges.IsReviewer(challenge) || await challenges.MayReadBidAsync(challenge, provider);
    }

    private string? Uploader => current.User?.Account.ToString();
}
