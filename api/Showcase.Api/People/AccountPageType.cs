using Showcase.Api.GraphQL;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class AccountPageType() : PageGraphType<AccountSummaryType, AccountSummary>("AccountPage", "A page of accounts, by login.");
