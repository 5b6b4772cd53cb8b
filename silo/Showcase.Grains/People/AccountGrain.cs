using System.Security.Cryptography;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Audit;
using Showcase.Grains.Storage;
using Showcase.People;

namespace Showcase.Grains.People;

[GrainType("account")]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed class AccountGrain(
    [PersistentState("account")] IPersistentState<AccountGrain.State> state,
    TimeProvider clock) : Grain, IAccountGrain
{
    private AccountKey? _key;

    private AccountKey Key => _key ??= AccountKey.Parse(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            await RecordInDirectoryAsync();
        }
    }

    public async Task<AccountSnapshot> RegisterAsync(AccountRegistration registration, Actor by)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("LoginTaken", Key.Login), "login");
        }

        var displayName = registration.DisplayName.Trim();
        var (mobile, email) = (PeopleRules.Clean(registration.Mobile), PeopleRules.Clean(registration.Email));
        DomainException.ThrowIfAny([
            .. PeopleRules.CheckDisplayName(displayName),
            .. PeopleRules.CheckContact(mobile, email, required: false),
        ]);
        var now = clock.GetUtcNow();
        await SaveAsync(new State
        {
            DisplayName = displayName,
            PasswordHash = registration.PasswordHash,
            Membership = registration.Membership,
            IsPlatformAdmin = registration.IsPlatformAdmin,
            Mobile = mobile,
            Email = email,
            IsOrganisationAdmin = registration.IsOrganisationAdmin && registration.Membership.Organisation is not null,
            RequestedOrganisation = registration.RequestedOrganisation,
            SecurityStamp = NewStamp(),
            Version = 1,
            CreatedAt = now,
            History = [new AuditEntry(now, by, "创建账号", $"{displayName}（{PeopleRules.Describe(registration.Membership)}）"
                + (registration.RequestedOrganisation is { } requested ? $"；申请加入单位 {requested}" : ""))],
        });
        return Snapshot();
    }

    public Task<AccountSnapshot?> GetAsync() => Task.FromResult(state.RecordExists ? Snapshot() : null);

    public Task<SignInState?> GetSignInStateAsync() =>
        Task.FromResult(state.RecordExists ? new SignInState(state.State.PasswordHash) { IsLocked = state.State.IsLocked } : null);

    public async Task<AccountSnapshot> ChangePasswordAsync(string passwordHash, Actor by)
    {
        var current = Existing();
        await SaveAsync(current with
        {
            PasswordHash = passwordHash,
            SecurityStamp = NewStamp(),
            Version = current.Version + 1,
            History = current.History.With(clock, by, "修改密码"),
        });
        return Snapshot();
    }

    public async Task<AccountSnapshot> SetMembershipAsync(Membership membership, Actor by)
    {
        var current = Existing();
        if (current.Membership.Equals(membership) && current.RequestedOrganisation is null)
        {
            return Snapshot();
        }

        var joined = current.RequestedOrganisation is { } requested && membership.Organisation == requested;
        return await SaveAsync(current with
        {
            Membership = membership,
            RequestedOrganisation = null,
            IsOrganisationAdmin = current.IsOrganisationAdmin && membership.Organisation == current.Membership.Organisation && membership.Organisation is not null,
            Version = current.Version + 1,
            History = current.History.With(clock, by, joined ? "同意加入单位" : membership.Organisation is null && current.Membership.Organisation is not null ? "移出单位" : "调整角色",
                PeopleRules.Describe(membership)),
        });
    }

    public async Task<AccountSnapshot> SetOrganisationAdminAsync(bool isAdmin, Actor by)
    {
        var current = Existing();
        if (current.IsOrganisationAdmin == isAdmin)
        {
            return Snapshot();
        }

        if (isAdmin && current.Membership.Organisation is null)
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("AdminMustBeMember"), "login");
        }

        return await SaveAsync(current with
        {
            IsOrganisationAdmin = isAdmin,
            Version = current.Version + 1,
            History = current.History.With(clock, by, isAdmin ? "设为单位管理员" : "取消单位管理员", $"单位 {current.Membership.Organisation}"),
        });
    }

    public async Task<AccountSnapshot> SetLockedAsync(bool locked, string? reason, Actor by)
    {
        var current = Existing();
        reason = PeopleRules.Clean(reason);
        if (current.IsLocked == locked)
        {
            return Snapshot();
        }

        DomainException.ThrowIfAny(PeopleRules.CheckReason(reason, required: false, locked ? "停用" : "启用"));
        return await SaveAsync(current with
        {
            IsLocked = locked,
            SecurityStamp = locked ? NewStamp() : current.SecurityStamp,
            Version = current.Version + 1,
            History = current.History.With(clock, by, locked ? "停用账号" : "启用账号", reason ?? ""),
        });
    }

    public async Task<AccountSnapshot> DeclineJoinRequestAsync(string? reason, Actor by)
    {
        var current = Existing();
        if (current.RequestedOrganisation is not { } requested)
        {
            return Snapshot();
        }

        reason = PeopleRules.Clean(reason);
        DomainException.ThrowIfAny(PeopleRules.CheckReason(reason, required: false, "拒绝"));
        return await SaveAsync(current with
        {
            RequestedOrganisation = null,
            DeclinedReason = reason ?? "单位管理员没有同意。",
            Version = current.Version + 1,
            History = current.History.With(clock, by, "拒绝加入单位", $"单位 {requested}" + (reason is null ? "" : $"：{reason}")),
        });
    }

    public async Task IssuePasswordResetAsync(string secretHash, DateTimeOffset expiresAt, Actor by)
    {
        var current = Existing();
        await SaveAsync(current with
        {
            Reset = new ResetState(secretHash, expiresAt),
            History = current.History.With(clock, by, "生成密码重置链接", $"{ChinaTime.Minutes(expiresAt)} 前有效"),
        }, recordInDirectory: false);
    }

    public async Task<AccountSnapshot> ResetPasswordAsync(string secretHash, string passwordHash)
    {
        var current = state.RecordExists ? state.State : null;
        if (current?.Reset is not { } reset
            || !SecretHashes.Same(reset.SecretHash, secretHash))
        {
            throw new DomainException(ErrorCodes.InvalidToken, Sentence.Of("ResetLinkUsed"), "token");
        }

        if (reset.ExpiresAt <= clock.GetUtcNow())
        {
            throw new DomainException(ErrorCodes.InvalidToken, Sentence.Of("ResetLinkExpired", ChinaTime.Minutes(reset.ExpiresAt)), "token");
        }

        return await SaveAsync(current with
        {
            PasswordHash = passwordHash,
            SecurityStamp = NewStamp(),
            Reset = null,
            Version = current.Version + 1,
            History = current.History.With(clock, new Actor(Key.ToString(), current.DisplayName), "通过重置链接设置新密码"),
        });
    }

    public async Task<AccessTokenInfo> IssueTokenAsync(AccessTokenRequest request, Actor by)
    {
        var current = Existing();
        var known = current.Tokens.FirstOrDefault(t => t.Info.Id == request.Id);
        if (known is not null)
        {
            return known.SecretHash == request.SecretHash
                ? known.Info
                : throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("TokenIdUsed"), "id");
        }

        var name = request.Name.Trim();
        DomainException.ThrowIfAny(PeopleRules.CheckTokenName(name));
        var info = new AccessTokenInfo(request.Id, name, clock.GetUtcNow(), request.ExpiresAt, null);
        await SaveAsync(current with
        {
            Tokens = [.. current.Tokens, new TokenState(info, request.SecretHash)],
            History = current.History.With(clock, by, "创建访问令牌", name),
        }, recordInDirectory: false);
        return info;
    }

    public async Task<AccessTokenInfo> RevokeTokenAsync(EntityId tokenId, Actor by)
    {
        var current = Existing();
        var token = current.Tokens.FirstOrDefault(t => t.Info.Id == tokenId)
            ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchToken"), "id");
        if (token.Info.RevokedAt is not null)
        {
            return token.Info;
        }

        var revoked = token with { Info = token.Info with { RevokedAt = clock.GetUtcNow() } };
        await SaveAsync(current with
        {
            Tokens = [.. current.Tokens.Select(t => t.Info.Id == tokenId ? revoked : t)],
            History = current.History.With(clock, by, "吊销访问令牌", token.Info.Name),
        }, recordInDirectory: false);
        return revoked.Info;
    }

    public Task<AccountSnapshot?> ValidateTokenAsync(EntityId tokenId, string secretHash)
    {
        var token = state.RecordExists ? state.State.Tokens.FirstOrDefault(t => t.Info.Id == tokenId) : null;
        var valid = token is not null
            && !state.State.IsLocked
            && token.Info.IsActive(clock.GetUtcNow())
            && SecretHashes.Same(token.SecretHash, secretHash);
        return Task.FromResult(valid ? Snapshot() : null);
    }

    public Task<IReadOnlyList<AccessTokenInfo>> ListTokensAsync() =>
        Task.FromResult<IReadOnlyList<AccessTokenInfo>>(state.RecordExists
            ? state.State.Tokens.Select(t => t.Info).OrderByDescending(t => t.CreatedAt).ToArray()
            : []);

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync() => Task.FromResult(state.RecordExists ? state.State.History : []);

    private State Existing() =>
        state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchAccount", Key.Login), "login");

    private async Task<AccountSnapshot> SaveAsync(State next, bool recordInDirectory = true)
    {
        await state.WriteOrRestoreAsync(next, this);

        if (recordInDirectory)
        {
            await RecordInDirectoryAsync();
        }

        return Snapshot();
    }

    private Task RecordInDirectoryAsync() => GrainFactory.GetPeopleDirectory(Key.Tenant).RecordAccountAsync(Snapshot().ToSummary());

    private AccountSnapshot Snapshot()
    {
        var s = state.State;
        return new AccountSnapshot(Key, s.DisplayName, s.Membership, s.IsPlatformAdmin, s.SecurityStamp, s.Version, s.CreatedAt)
        {
            Mobile = s.Mobile,
            Email = s.Email,
            IsOrganisationAdmin = s.IsOrganisationAdmin,
            IsLocked = s.IsLocked,
            RequestedOrganisation = s.RequestedOrganisation,
            DeclinedReason = s.DeclinedReason,
        };
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    internal sealed record TokenState(AccessTokenInfo Info, string SecretHash);

    internal sealed record ResetState(string SecretHash, DateTimeOffset ExpiresAt);

    internal sealed record State
    {
        public string DisplayName { get; init; } = "";

        public string PasswordHash { get; init; } = "";

        public Membership Membership { get; init; } = Membership.None;

        public bool IsPlatformAdmin { get; init; }

        public string SecurityStamp { get; init; } = "";

        public int Version { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public string? Mobile { get; init; }

        public string? Email { get; init; }

        public bool IsOrganisationAdmin { get; init; }

        public bool IsLocked { get; init; }

        public EntityId? RequestedOrganisation { get; init; }

        /// <summary>Why the last request to join an organisation was declined, for the person to read.</summary>
        public string? DeclinedReason { get; init; }

        /// <summary>The open password-reset secret's hash, if any; used up when the password is reset.</summary>
        public ResetState? Reset { get; init; }

        public IReadOnlyList<TokenState> Tokens { get; init; } = [];

        public IReadOnlyList<AuditEntry> History { get; init; } = [];
    }
}
