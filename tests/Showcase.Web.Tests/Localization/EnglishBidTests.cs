using Microsoft.Playwright;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Testing;
using Showcase.Testing.Files;
using Showcase.Web.Localization;
using Showcase.Web.Tests.Browser;

namespace Showcase.Web.Tests.Localization;

/// <summary>The 揭榜挂帅 flow read in English: a provider finds the challenge, asks, bids with a document, and follows the bid.</summary>
public sealed class EnglishBidTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AProvider_ReadsAChallengeInEnglish_AsksAQuestion_Bids_AndFollowsTheBid()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        await seed.ProviderAsync("vision", CatalogSeed.Provider("视界科技"), CatalogSeed.OwnedBy(TestPortal.Provider, TestPortal.ProviderOrg));
        var challenge = await seed.OpenChallengeAsync("weld");
        var due = (await challenge.GetAsync())!.Content.BidsDue!.Value;

        var bidder = await fixture.SignedInPageAsync(tenant, TestPortal.Provider);
        await bidder.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/challenges"));
        await Assertions.Expect(bidder.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Open challenges");
        var row = bidder.GetByRole(AriaRole.Row).Filter(new() { HasText = "焊点在线检测" });
        await Assertions.Expect(row).ToContainTextAsync("Automotive");
        await Assertions.Expect(row).ToContainTextAsync("Open for bids");
        await Assertions.Expect(row).ToContainTextAsync($"{ChinaTime.Minutes(due)} (UTC+8)");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        var facts = bidder.Locator("dl.facts");
        await Assertions.Expect(facts).ToContainTextAsync("Bids due");
        await Assertions.Expect(facts).ToContainTextAsync("Negotiable");
        await Assertions.Expect(bidder.GetByRole(AriaRole.Heading, new() { Name = "Who may bid" })).ToBeVisibleAsync();
        await bidder.GetByLabel("Ask a question").FillAsync("现有相机能否利旧？");
        await bidder.GetByRole(AriaRole.Button, new() { Name = "Send the question" }).ClickAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Status).First).ToContainTextAsync("Your question is sent");

        await bidder.GetByLabel("Technical proposal (Markdown allowed)").FillAsync("## Proposal\nIndustrial cameras with edge inference.");
        await bidder.GetByLabel("Price (in units of CNY 10,000)").FillAsync("380");
        await bidder.GetByRole(AriaRole.Button, new() { Name = "Submit the bid" }).ClickAsync();
        var refusal = bidder.GetByRole(AriaRole.Alert);
        await Assertions.Expect(refusal).ToContainTextAsync("Your bid is not submitted:");
        await Assertions.Expect(refusal).ToContainTextAsync("Schedule: please fill this in.");
        await Assertions.Expect(refusal).ToContainTextAsync("Project team: choose or fill in at least one.");
        await Assertions.Expect(bidder.GetByLabel("Technical proposal (Markdown allowed)")).ToHaveValueAsync("## Proposal\nIndustrial cameras with edge inference.");
        await bidder.GetByLabel("Schedule").FillAsync("6 months");
        await bidder.GetByLabel("Project team").FillAsync("Wang · project manager");
        await bidder.GetByLabel("Add documents").SetInputFilesAsync(new FilePayload { Name = "proposal.pdf", MimeType = "application/pdf", Buffer = TestDocuments.Pdf });
        await bidder.GetByRole(AriaRole.Button, new() { Name = "Submit the bid" }).ClickAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Status).First).ToContainTextAsync("Your bid is submitted");
        await Assertions.Expect(bidder.GetByText("You have bid (version 1, Submitted).")).ToBeVisibleAsync();
        await Assertions.Expect(bidder.GetByRole(AriaRole.Checkbox, new() { Name = "proposal.pdf" })).ToBeCheckedAsync();
        await Assertions.Expect(bidder.Locator(".hint").Filter(new() { HasText = "(PDF," })).ToBeVisibleAsync();
        await BrowserFixture.KeepScreenshotAsync(bidder, "bid-in-english");

        await bidder.GotoAsync($"/t/{tenant}/my-bids");
        var bid = bidder.GetByRole(AriaRole.Row).Filter(new() { HasText = "焊点在线检测" });
        await Assertions.Expect(bid).ToContainTextAsync("Submitted");
        await Assertions.Expect(bid).ToContainTextAsync("CNY 3.8M");
        Assert.Equal(380m, (await fixture.Host.Grains.GetBid(new ChallengeKey(tenant, EntityId.Parse("weld")), EntityId.Parse("vision")).GetAsync())!.Content.Price);
        Assert.Empty(await bidder.Locator("main").EvaluateAsync<string[]>(
            "m => [...m.querySelectorAll('h1,label,legend,button,th,.status,p.empty')].map(e => e.textContent).filter(t => /[\\u4e00-\\u9fff]/.test(t))"));
    }

    [Fact]
    public async Task AReviewer_ScoresInEnglish_AndAScoreItCannotReadIsExplainedInEnglish()
    {
        var tenant = (await fixture.Host.CreatePortalAsync()).Tenant;
        var seed = new CatalogSeed(fixture.Host.Grains, tenant);
        var challenge = await seed.OpenChallengeAsync("weld");
        await seed.ProviderAsync("alpha", CatalogSeed.Provider("alpha科技"));
        await challenge.SubmitBidAsync(EntityId.Parse("alpha"), new BidContent { Proposal = "Camera arrays.", Price = 300, Schedule = "6 months", Team = ["Wang"] }, "op", Showcase.Audit.Actor.System);
        await challenge.SetEvaluationAsync([new RubricCriterion("技术方案", 70), new RubricCriterion("报价", 30)], [EntityId.Parse(TestPortal.Reviewer)], blind: true, Showcase.Audit.Actor.System);
        await challenge.AdvanceAsync(ChallengeStatus.Evaluating, null, Showcase.Audit.Actor.System);
        var page = await fixture.SignedInPageAsync(tenant, TestPortal.Reviewer);

        await page.GotoAsync(Languages.SwitchPath(Languages.English, $"/t/{tenant}/challenges/weld/review"));
        var bid = page.GetByRole(AriaRole.Region, new() { Name = "Bid A" });
        await Assertions.Expect(bid).ToContainTextAsync("CNY 3M");
        // A browser that lets text into the number box.
        await bid.GetByLabel("技术方案 (weight 70)").EvaluateAsync("box => box.type = 'text'");
        await bid.GetByLabel("技术方案 (weight 70)").FillAsync("ninety");
        await bid.GetByLabel("报价 (weight 30)").FillAsync("80");
        await bid.GetByRole(AriaRole.Button, new() { Name = "Submit the scores" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The score for “技术方案”: should be a whole number, such as 85 (it reads “ninety”).");

        await page.GetByRole(AriaRole.Region, new() { Name = "Bid A" }).GetByLabel("技术方案 (weight 70)").FillAsync("90");
        await page.GetByRole(AriaRole.Region, new() { Name = "Bid A" }).GetByRole(AriaRole.Button, new() { Name = "Submit the scores" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Scores for bid A saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Ranking so far" }).GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("87");
    }
}
