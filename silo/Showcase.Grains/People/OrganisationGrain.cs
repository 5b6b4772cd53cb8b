using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Audit;
using Showcase.Grains.Storage;
using Showcase.People;

namespace Showcase.Grains.People;

[GrainType("organisation")]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed class OrganisationGrain(
    [PersistentState("organisation")] IPersistentState<OrganisationGrain.State> state,
    TimeProvider clock) : Grain, IOrganisationGrain
{
    private const int InvitationsKept = 100;

    private OrganisationKey? _key;

    private OrganisationKey Key => _key ??= OrganisationKey.Parse(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            await RecordInDirectoryAsync();
        }
    }

    public Task<OrganisationSnapshot> CreateAsync(OrganisationProfile profile, Actor by) =>
        CreateAsync(profile, OrganisationStatus.Verified, "创建单位", by);

    public Task<OrganisationSnapshot> SignUpAsync(OrganisationProfile profile, Actor by) =>
        CreateAsync(profile, OrganisationStatus.Pending, "注册单位，等待审核", by);

    public async Task<OrganisationSnapshot> EditProfileAsync(OrganisationProfile profile, int expectedVersion, Actor by)
    {
        var current = Existing();
        if (expectedVersion != current.Version)
        {
            throw new DomainException(ErrorCodes.VersionConflict,
                Sentence.Of("OrganisationChangedMeanwhile", expectedVersion, current.Version), "version");
        }

        profile = PeopleRules.Normalize(profile);
        if (profile.Kind != current.Profile.Kind)
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("OrganisationKindFixed"), "kind");
        }

        var resubmitted = current.Status == OrganisationStatus.Rejected;
        DomainException.ThrowIfAny(PeopleRules.CheckOrganisation(profile, registration: current.SignedUp));
        if (profile == current.Profile && !resubmitted)
        {
            return Snapshot();
        }

        return await SaveAsync(current with
        {
            Profile = profile,
            Status = resubmitted ? OrganisationStatus.Pending : current.Status,
            StatusReason = resubmitted ? null : current.StatusReason,
            Version = current.Version + 1,
            UpdatedAt = clock.GetUtcNow(),
            History = current.History.With(clock, by, resubmitted ? "修改资料并重新提交审核" : "修改单位资料", profile.Name),
        });
    }

    public async Task<OrganisationSnapshot> DecideAsync(OrganisationDecision decision, string? reason, Actor by)
    {
        var current = Existing();
        reason = PeopleRules.Clean(reason);
        var (from, to, action, verb) = decision switch
        {
            OrganisationDecision.Approve => (new[] { OrganisationStatus.Pending }, OrganisationStatus.Verified, "审核通过", "通过审核"),
            OrganisationDecision.Reject => ([OrganisationStatus.Pending], OrganisationStatus.Rejected, "审核未通过", "驳回"),
            OrganisationDecision.Suspend => ([OrganisationStatus.Verified], OrganisationStatus.Suspended, "暂停单位", "暂停"),
            OrganisationDecision.Reinstate => ([OrganisationStatus.Suspended], OrganisationStatus.Verified, "恢复单位", "恢复"),
            _ => throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("BadVerification"), "decision"),
        };
        if (current.Status == to && (to != OrganisationStatus.Rejected && to != OrganisationStatus.Suspended || current.StatusReason == reason))
        {
            return Snapshot();
        }

        if (!from.Contains(current.Status))
        {
            throw new DomainException(ErrorCodes.InvalidTransition,
                Sentence.Of("OrganisationStatusForbids", RoleNames.Of(current.Status), verb), "decision");
        }

        DomainException.ThrowIfAny(PeopleRules.CheckReason(reason, to is OrganisationStatus.Rejected or OrganisationStatus.Suspended, verb));
        return await SaveAsync(current with
        {
            Status = to,
            StatusReason = to is OrganisationStatus.Verified ? null : reason,
            Version = current.Version + 1,
            UpdatedAt = clock.GetUtcNow(),
            History = current.History.With(clock, by, action, reason ?? ""),
        });
    }

    public Task<OrganisationSnapshot?> GetAsync() => Task.FromResult(state.RecordExists ? Snapshot() : null);

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync() => Task.FromResult(state.RecordExists ? state.State.History : []);

    public async Task<InvitationInfo> InviteAsync(InvitationRequest request, Actor by)
    {
        var current = Existing();
        if (current.Invitations.FirstOrDefault(i => i.Info.Id == request.Id) is { } known)
        {
            // The same invitation sent again (a retried or reloaded form) keeps one invitation; while it is unused its
            // link is renewed, since only the new secret is known to the sender now.
            if (known.SecretHash == request.SecretHash || known.Info.AcceptedBy is not null || known.Info.RevokedAt is not null)
            {
                return known.Info;
            }

            var renewed = known with { SecretHash = request.SecretHash };
            await SaveAsync(ReplaceInvitation(renewed, "更新邀请链接", known.Info.Email ?? "", by), recordInDirectory: false);
            return renewed.Info;
        }

        var info = new InvitationInfo(request.Id, clock.GetUtcNow(), request.ExpiresAt, by, PeopleRules.Clean(request.Email));
        await SaveAsync(current with
        {
            Invitations = [new InvitationState(info, request.SecretHash), .. current.Invitations.Take(InvitationsKept - 1)],
            History = current.History.With(clock, by, "发出邀请", info.Email is null ? $"邀请链接，{ChinaTime.Minutes(info.ExpiresAt)} 前有效" : $"邀请 {info.Email}"),
        }, recordInDirectory: false);
        return info;
    }

    public Task<InvitationInfo?> FindInvitationAsync(EntityId id, string secretHash) =>
        Task.FromResult(Matching(id, secretHash)?.Info);

    public async Task<InvitationInfo> AcceptInvitationAsync(EntityId id, string secretHash, EntityId login)
    {
        var invitation = Matching(id, secretHash);
        if (invitation?.Info.AcceptedBy == login)
        {
            return invitation.Info;
        }

        if (invitation is null || !invitation.Info.IsOpen(clock.GetUtcNow()))
        {
            throw new DomainException(ErrorCodes.InvalidToken, invitation?.Info.WhyClosed(clock.GetUtcNow()) ?? InvitationInfo.Unknown, "token");
        }

        var accepted = invitation with { Info = invitation.Info with { AcceptedBy = login, AcceptedAt = clock.GetUtcNow() } };
        await SaveAsync(ReplaceInvitation(accepted, "接受邀请", $"{login} 接受邀请加入"), recordInDirectory: false);
        return accepted.Info;
    }

    public async Task ReleaseInvitationAsync(EntityId id, EntityId login)
    {
        if (state.RecordExists && state.State.Invitations.FirstOrDefault(i => i.Info.Id == id) is { } invitation && invitation.Info.AcceptedBy == login)
        {
            await SaveAsync(ReplaceInvitation(invitation with { Info = invitation.Info with { AcceptedBy = null, AcceptedAt = null } }, "邀请重新开放", $"{login} 未能使用"), recordInDirectory: false);
        }
    }

    public async Task<InvitationInfo> RevokeInvitationAsync(EntityId id, Actor by)
    {
        var invitation = Existing().Invitations.FirstOrDefault(i => i.Info.Id == id)
            ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchInvitation"), "id");
        if (invitation.Info.RevokedAt is not null || invitation.Info.AcceptedBy is not null)
        {
            return invitation.Info;
        }

        var revoked = invitation with { Info = invitation.Info with { RevokedAt = clock.GetUtcNow() } };
        await SaveAsync(ReplaceInvitation(revoked, "撤销邀请", revoked.Info.Email ?? "", by), recordInDirectory: false);
        return revoked.Info;
    }

    public Task<IReadOnlyList<InvitationInfo>> ListInvitationsAsync() =>
        Task.FromResult<IReadOnlyList<InvitationInfo>>(state.RecordExists ? [.. state.State.Invitations.Select(i => i.Info)] : []);

    private async Task<OrganisationSnapshot> CreateAsync(OrganisationProfile profile, OrganisationStatus status, string action, Actor by)
    {
        profile = PeopleRules.Normalize(profile);
        var signedUp = status == OrganisationStatus.Pending;
        if (state.RecordExists)
        {
            return state.State.Profile == profile && state.State.Version == 1 && state.State.SignedUp == signedUp
                ? Snapshot()
                : throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("OrganisationExists", Key.Id), "id");
        }

        DomainException.ThrowIfAny(PeopleRules.CheckOrganisation(profile, registration: signedUp));
        var now = clock.GetUtcNow();
        return await SaveAsync(new State
        {
            Profile = profile,
            Status = status,
            SignedUp = signedUp,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            History = [new AuditEntry(now, by, action, $"{profile.Name}（{RoleNames.Of(profile.Kind)}）")],
        });
    }

    private InvitationState? Matching(EntityId id, string secretHash) =>
        state.RecordExists && state.State.Invitations.FirstOrDefault(i => i.Info.Id == id) is { } invitation
            && SecretHashes.Same(invitation.SecretHash, secretHash)
            ? invitation
            : null;

    private State ReplaceInvitation(InvitationState next, string action, string detail, Actor? by = null)
    {
        var current = state.State;
        return current with
        {
            Invitations = [.. current.Invitations.Select(i => i.Info.Id == next.Info.Id ? next : i)],
            History = current.History.With(clock, by ?? Actor.System, action, detail),
        };
    }

    private State Existing() =>
        state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchOrganisation", Key.Id), "id");

    private async Task<OrganisationSnapshot> SaveAsync(State next, bool recordInDirectory = true)
    {
        await state.WriteOrRestoreAsync(next, this);
        if (recordInDirectory)
        {
            await RecordInDirectoryAsync();
        }

        return Snapshot();
    }

    private Task RecordInDirectoryAsync() => GrainFactory.GetPeopleDirectory(Key.Tenant).RecordOrganisationAsync(Snapshot().ToSummary());

    private OrganisationSnapshot Snapshot() => new(Key, state.State.Profile, state.State.Version, state.State.CreatedAt, state.State.UpdatedAt)
    {
        Status = state.State.Status,
        StatusReason = state.State.StatusReason,
    };

    internal sealed record InvitationState(InvitationInfo Info, string SecretHash);

    internal sealed record State
    {
        public OrganisationProfile Profile { get; init; } = new("", OrganisationKind.Enterprise, null);

        /// <summary>Absent in organisations stored before verification existed: they were all created by admins, so verified.</summary>
        public OrganisationStatus Status { get; init; }

        public string? StatusReason { get; init; }

        /// <summary>Whether the organisation signed itself up, so every registration detail stays required when it is edited.</summary>
        public bool SignedUp { get; init; }

        public int Version { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public IReadOnlyList<InvitationState> Invitations { get; init; } = [];

        public IReadOnlyList<AuditEntry> History { get; init; } = [];
    }
}
