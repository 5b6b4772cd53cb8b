using GraphQL.Types;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

public sealed class SignUpModeType : EnumerationGraphType<SignUpMode>
{
    public SignUpModeType()
    {
        Name = "SignUpMode";
        Description = "OPEN 开放注册 (enterprises and providers sign up; new organisations wait for verification), INVITATION_ONLY 仅限邀请, OFF 关闭 (admins create every account).";
    }
}
