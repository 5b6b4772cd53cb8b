using Showcase.Common;
using Showcase.People;
using Showcase.Testing;

namespace Showcase.Grains.Tests.People;

/// <summary>Invitation and reset secrets stop working when they expire, and a decision out of order changes nothing.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class JoiningExpiryTests(FakeClockCluster cluster)
{
    private static readonly OrganisationProfile Enterprise = new("皖江精工股份有限公司", OrganisationKind.Enterprise, null)
    {
        CreditCode = CreditCodes.Valid(31), Province = "34", City = "3401", Address = "合肥市高新区 1 号", ContactName = "吴静", ContactPhone = "0551-66668888",
    };

    [Fact]
    public async Task Invitation_WorksUntilItsSeventhDay_ThenSaysItExpired()
    {
        var organisation = cluster.Grains.GetOrganisation(new OrganisationKey(TestTenants.Fresh(), EntityId.Parse("org")));
        await organisation.SignUpAsync(Enterprise, TestActors.Admin);
        var (early, late) = (EntityId.Parse("early"), EntityId.Parse("late"));
        var expires = cluster.Clock.GetUtcNow().AddDays(7);
        await organisation.InviteAsync(new InvitationRequest(early, "hash-early", expires, null), TestActors.Admin);
        await organisation.InviteAsync(new InvitationRequest(late, "hash-late", expires, null), TestActors.Admin);

        cluster.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        var inTime = await organisation.AcceptInvitationAsync(early, "hash-early", EntityId.Parse("li-hua"));
        var wrongSecret = await Assert.ThrowsAsync<DomainException>(() => organisation.AcceptInvitationAsync(late, "hash-early", EntityId.Parse("x")));
        cluster.Clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await Assert.ThrowsAsync<DomainException>(() => organisation.AcceptInvitationAsync(late, "hash-late", EntityId.Parse("zhao-lei")));

        Assert.Equal(EntityId.Parse("li-hua"), inTime.AcceptedBy);
        Assert.Equal(ErrorCodes.InvalidToken, wrongSecret.Code);
        Assert.Equal(ErrorCodes.InvalidToken, expired.Code);
        Assert.Contains("过期", expired.Message, StringComparison.Ordinal);
        Assert.Null((await organisation.FindInvitationAsync(late, "hash-late"))!.AcceptedBy);
    }

    [Fact]
    public async Task ResetSecret_IsUsedOnce_AndNotAfterItExpires_AndANewerOneReplacesIt()
    {
        var account = cluster.Grains.GetAccount(new AccountKey(TestTenants.Fresh(), EntityId.Parse("wu-jing")));
        await account.RegisterAsync(new AccountRegistration("吴静", "old-hash", Membership.None) { Email = "wu@example.com" }, TestActors.Admin);

        await account.IssuePasswordResetAsync("first", cluster.Clock.GetUtcNow().AddHours(1), TestActors.Admin);
        await account.IssuePasswordResetAsync("second", cluster.Clock.GetUtcNow().AddHours(1), TestActors.Admin);
        var replaced = await Assert.ThrowsAsync<DomainException>(() => account.ResetPasswordAsync("first", "new-hash"));
        cluster.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var expired = await Assert.ThrowsAsync<DomainException>(() => account.ResetPasswordAsync("second", "new-hash"));
        await account.IssuePasswordResetAsync("third", cluster.Clock.GetUtcNow().AddHours(1), TestActors.Admin);
        var stamp = (await account.GetAsync())!.SecurityStamp;
        var reset = await account.ResetPasswordAsync("third", "new-hash");
        var reused = await Assert.ThrowsAsync<DomainException>(() => account.ResetPasswordAsync("third", "newer-hash"));

        Assert.Equal((ErrorCodes.InvalidToken, ErrorCodes.InvalidToken, ErrorCodes.InvalidToken), (replaced.Code, expired.Code, reused.Code));
        Assert.Contains("过期", expired.Message, StringComparison.Ordinal);
        Assert.NotEqual(stamp, reset.SecurityStamp);
        Assert.Equal("new-hash", (await account.GetSignInStateAsync())!.PasswordHash);
    }

    [Fact]
    public async Task Decisions_OutOfOrder_AreRefused_AndRepeatsChangeNothing()
    {
        var organisation = cluster.Grains.GetOrganisation(new OrganisationKey(TestTenants.Fresh(), EntityId.Parse("org")));
        var pending = await organisation.SignUpAsync(Enterprise, TestActors.Admin);

        var reinstate = await Assert.ThrowsAsync<DomainException>(() => organisation.DecideAsync(OrganisationDecision.Reinstate, null, TestActors.Admin));
        var suspend = await Assert.ThrowsAsync<DomainException>(() => organisation.DecideAsync(OrganisationDecision.Suspend, "理由", TestActors.Admin));
        var approved = await organisation.DecideAsync(OrganisationDecision.Approve, null, TestActors.Curator);
        var again = await organisation.DecideAsync(OrganisationDecision.Approve, null, TestActors.Curator);
        var reject = await Assert.ThrowsAsync<DomainException>(() => organisation.DecideAsync(OrganisationDecision.Reject, "晚了", TestActors.Curator));
        var history = await organisation.GetHistoryAsync();

        Assert.Equal(OrganisationStatus.Pending, pending.Status);
        Assert.Equal((ErrorCodes.InvalidTransition, ErrorCodes.InvalidTransition, ErrorCodes.InvalidTransition), (reinstate.Code, suspend.Code, reject.Code));
        Assert.Contains("待审核", reinstate.Message, StringComparison.Ordinal);
        Assert.Equal((OrganisationStatus.Verified, approved.Version), (again.Status, again.Version));
        Assert.Equal(["注册单位，等待审核", "审核通过"], history.Select(h => h.Action));
    }
}
