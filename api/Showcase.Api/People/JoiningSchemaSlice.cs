using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.People.Members;
using Showcase.Api.People.PasswordReset;
using Showcase.Api.People.SignUp;

namespace Showcase.Api.People;

/// <summary>How people join a portal and their organisation, and get back in: sign-up, invitations, requests to join, password reset.</summary>
public sealed class JoiningSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<AccountPageType>("organisationMembers")
            .Description("An organisation's members, by login: for its own members and tenant admins.")
            .Argument<NonNullGraphType<IdGraphType>>("organisation")
            .PagingArguments()
            .ResolveAsync(async ctx => await ctx.Service<OrganisationMembersService>().MembersAsync(
                ctx.GetArgument<string>("organisation"), ctx.GetArgument<int>("skip"), ctx.GetArgument<int>("take")));

        query.Field<AccountPageType>("joinRequests")
            .Description("People asking to join an organisation: for its admins and tenant admins.")
            .Argument<NonNullGraphType<IdGraphType>>("organisation")
            .PagingArguments()
            .ResolveAsync(async ctx => await ctx.Service<OrganisationMembersService>().JoinRequestsAsync(
                ctx.GetArgument<string>("organisation"), ctx.GetArgument<int>("skip"), ctx.GetArgument<int>("take")));

        query.Field<ListGraphType<NonNullGraphType<InvitationType>>>("invitations")
            .Description("An organisation's invitations, newest first: for its admins and tenant admins.")
            .Argument<NonNullGraphType<IdGraphType>>("organisation")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationMembersService>().InvitationsAsync(ctx.GetArgument<string>("organisation")));

        query.Field<StringGraphType>("invitingOrganisation")
            .Description("The name of the organisation an invitation link leads to (anyone holding the link); INVALID_TOKEN says why a link no longer works.")
            .Argument<NonNullGraphType<StringGraphType>>("token")
            .ResolveAsync(async ctx => (await ctx.Service<OrganisationMembersService>().InvitingOrganisationAsync(ctx.GetArgument<string>("token"))).Profile.Name);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<SignUpResultType>("signUp")
            .Description("Signs up an enterprise or provider person where the portal's sign-up is OPEN. A new organisation waits for verification; its people browse and keep drafts meanwhile. Sending the same sign-up again returns the account it created.")
            .Argument<NonNullGraphType<SignUpInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<SignUpService>().SignUpAsync(ctx.GetArgument<SignUpRequest>("input")));

        mutation.Field<IssuedInvitationType>("createInvitation")
            .Description($"Invites a colleague to an organisation (its admins, tenant admins): a single-use link valid {OrganisationMembersService.InvitationDays} days, mailed when `email` is given. Pass `id` so a retry issues it once.")
            .Argument<NonNullGraphType<IdGraphType>>("organisation")
            .Argument<StringGraphType>("email")
            .Argument<IdGraphType>("id")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationMembersService>().InviteAsync(
                ctx.GetArgument<string>("organisation"), ctx.GetArgument<string?>("email"), ctx.GetArgument<string?>("id")));

        mutation.Field<InvitationType>("revokeInvitation")
            .Argument<NonNullGraphType<IdGraphType>>("organisation")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationMembersService>().RevokeInvitationAsync(ctx.GetArgument<string>("organisation"), ctx.GetArgument<string>("id")));

        mutation.Field<AccountType>("acceptInvitation")
            .Description("Creates the invited person's account in the organisation and uses the invitation up.")
            .Argument<NonNullGraphType<StringGraphType>>("token", "The last part of the invitation link.")
            .Argument<NonNullGraphType<PersonInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationMembersService>().AcceptInvitationAsync(ctx.GetArgument<string>("token"), ctx.GetArgument<SignUpRequest>("input")));

        mutation.Field<AccountType>("acceptJoinRequest")
            .Argument<NonNullGraphType<IdGraphType>>("organisation")
            .Argument<NonNullGraphType<IdGraphType>>("login")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationMembersService>().AcceptJoinRequestAsync(ctx.GetArgument<string>("organisation"), ctx.GetArgument<string>("login")));

        mutation.Field<AccountType>("declineJoinRequest")
            .Argument<NonNullGraphType<IdGraphType>>("organisation")
            .Argument<NonNullGraphType<IdGraphType>>("login")
            .Argument<StringGraphType>("reason", "The person reads it.")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationMembersService>().DeclineJoinRequestAsync(
                ctx.GetArgument<string>("organisation"), ctx.GetArgument<string>("login"), ctx.GetArgument<string?>("reason")));

        mutation.Field<AccountType>("removeMember")
            .Description("Takes a person out of the organisation; they keep their account without roles.")
            .Argument<NonNullGraphType<IdGraphType>>("organisation")
            .Argument<NonNullGraphType<IdGraphType>>("login")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationMembersService>().RemoveMemberAsync(ctx.GetArgument<string>("organisation"), ctx.GetArgument<string>("login")));

        mutation.Field<AccountType>("handOverOrganisationAdmin")
            .Description("Makes another member the organisation's admin; an organisation admin handing it on gives up their own flag.")
            .Argument<NonNullGraphType<IdGraphType>>("organisation")
            .Argument<NonNullGraphType<IdGraphType>>("login")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationMembersService>().HandOverAdminAsync(ctx.GetArgument<string>("organisation"), ctx.GetArgument<string>("login")));

        mutation.Field<StringGraphType>("requestPasswordReset")
            .Description("Mails a reset link (valid 1 hour) when the login exists and has an e-mail address. The answer is the same sentence either way.")
            .Argument<NonNullGraphType<StringGraphType>>("login")
            .ResolveAsync(async ctx =>
            {
                await ctx.Service<PasswordResetService>().RequestAsync(ctx.GetArgument<string>("login"));
                return PasswordResetService.Requested;
            });

        mutation.Field<StringGraphType>("createPasswordResetLink")
            .Description($"A reset link for a tenant admin to pass on, valid {PasswordResetService.AdminLinkHours} hours, usable once.")
            .Argument<NonNullGraphType<IdGraphType>>("login")
            .ResolveAsync(async ctx => await ctx.Service<PasswordResetService>().CreateLinkAsync(ctx.GetArgument<string>("login")));

        mutation.Field<AccountType>("resetPassword")
            .Description("Sets a new password with a reset link's token; the link is used up and every session of the account ends.")
            .Argument<NonNullGraphType<StringGraphType>>("token", "The last part of the reset link.")
            .Argument<NonNullGraphType<StringGraphType>>("newPassword", Passwords.Policy)
            .ResolveAsync(async ctx => await ctx.Service<PasswordResetService>().ResetAsync(ctx.GetArgument<string>("token"), ctx.GetArgument<string>("newPassword")));
    }
}
