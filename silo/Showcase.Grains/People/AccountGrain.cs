using System.Security.Cryptography;
using System.Text;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Audit;
using Showcase.Grains.Storage;
using Showcase.People;

namespace Showcase.Grains.People;

[GrainType("account")]
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
            throw new DomainException(ErrorCodes.AlreadyExists, $"登录名“{Key.Login}”已被使用，请换一个。", "login");
        }

        var displayName = registration.DisplayName.Trim();
        DomainException.ThrowIfAny(PeopleRules.CheckDisplayName(displayName));
        var now = clock.GetUtcNow();
        await SaveAsync(new State
        {
            DisplayName = displayName,
            PasswordHash = registration.PasswordHash,
            Membership = registration.Membership,
            IsPlatformAdmin = registration.IsPlatformAdmin,
            SecurityStamp = NewStamp(),
            Version = 1,
            CreatedAt = now,
            History = [new AuditEntry(now, by, "创建账号", $"{displayName}（{PeopleRules.Describe(registration.Membership)}）")],
        });
        return Snapshot();
    }

    public Task<AccountSnapshot?> GetAsync() => Task.FromResult(state.RecordExists ? Snapshot() : null);

    public Task<SignInState?> GetSignInStateAsync() =>
        Task.FromResult(state.RecordExists ? new SignInState(state.State.PasswordHash) : null);

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
        if (current.Membership.Equals(membership))
        {
            return Snapshot();
        }

        await SaveAsync(current with
        {
            Membership = membership,
            Version = current.Version + 1,
            History = current.History.With(clock, by, "调整角色", PeopleRules.Describe(membership)),
        });
        return Snapshot();
    }

    public async Task<AccessTokenInfo> IssueTokenAsync(AccessTokenRequest request, Actor by)
    {
        var current = Existing();
        var known = current.Tokens.FirstOrDefault(t => t.Info.Id == request.Id);
        if (known is not null)
        {
            return known.SecretHash == request.SecretHash
                ? known.Info
                : throw new DomainException(ErrorCodes.AlreadyExists, "这个令牌编号已经用过了。", "id");
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
            ?? throw new DomainException(ErrorCodes.NotFound, "找不到这个访问令牌。", "id");
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
            && token.Info.IsActive(clock.GetUtcNow())
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token.SecretHash), Encoding.ASCII.GetBytes(secretHash));
        return Task.FromResult(valid ? Snapshot() : null);
    }

    public Task<IReadOnlyList<AccessTokenInfo>> ListTokensAsync() =>
        Task.FromResult<IReadOnlyList<AccessTokenInfo>>(state.RecordExists
            ? state.State.Tokens.Select(t => t.Info).OrderByDescending(t => t.CreatedAt).ToArray()
            : []);

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync() => Task.FromResult(state.RecordExists ? state.State.History : []);

    private State Existing() =>
        state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, $"找不到登录名为“{Key.Login}”的账号。", "login");

    private async Task SaveAsync(State next, bool recordInDirectory = true)
    {
        await state.WriteOrRestoreAsync(next, this);

        if (recordInDirectory)
        {
            await RecordInDirectoryAsync();
        }
    }

    private Task RecordInDirectoryAsync() => GrainFactory.GetPeopleDirectory(Key.Tenant).RecordAccountAsync(Snapshot().ToSummary());

    private AccountSnapshot Snapshot()
    {
        var s = state.State;
        return new AccountSnapshot(Key, s.DisplayName, s.Membership, s.IsPlatformAdmin, s.SecurityStamp, s.Version, s.CreatedAt);
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    internal sealed record TokenState(AccessTokenInfo Info, string SecretHash);

    internal sealed record State
    {
        public string DisplayName { get; init; } = "";

        public string PasswordHash { get; init; } = "";

        public Membership Membership { get; init; } = Membership.None;

        public bool IsPlatformAdmin { get; init; }

        public string SecurityStamp { get; init; } = "";

        public int Version { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public IReadOnlyList<TokenState> Tokens { get; init; } = [];

        public IReadOnlyList<AuditEntry> History { get; init; } = [];
    }
}
