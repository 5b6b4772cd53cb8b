using System.Text.Json.Serialization;

namespace Showcase.Tenancy;

/// <summary>Who may join a portal by themselves.</summary>
[GenerateSerializer, Alias("showcase.sign-up-mode")]
[JsonConverter(typeof(JsonStringEnumConverter<SignUpMode>))]
public enum SignUpMode
{
    /// <summary>开放注册: enterprises and providers sign up (a new organisation waits for verification), and invitations work.</summary>
    Open = 0,

    /// <summary>仅限邀请: only people an organisation admin invites join; new organisations are created by the portal's admins.</summary>
    InvitationOnly = 1,

    /// <summary>关闭: nobody joins by themselves; the portal's admins create every account.</summary>
    Off = 2,
}
