using Showcase.Testing;

namespace Showcase.Api.Tests.People;

/// <summary>Sign-up inputs as a person fills them in, each with its own 统一社会信用代码.</summary>
public static class SignUps
{
    public const string SignUp = "mutation($input: SignUpInput!) { signUp(input: $input) { joining account { login roles isOrganisationAdmin } organisation { id name status creditCode } } }";


    public static object Provider(string login, int serial, string name = "锐视智能科技有限公司") => new
    {
        login, displayName = "周明", mobile = "13900000000", email = $"{login}@example.com", password = "sign-up-password-1",
        organisation = new
        {
            name, kind = "PROVIDER", creditCode = CreditCodes.Valid(serial), province = "32", city = "3205", address = "苏州工业园区星湖街 1 号",
            contactName = "周明", contactPhone = "0512-66668888", introduction = "机器视觉检测与工业软件供应商。",
            providerKind = "it", providerIndustry = "automotive", providerDomain = "quality",
        },
    };

    public static object Enterprise(string login, int serial, string name = "皖江精密铸造有限公司") => new
    {
        login, displayName = "吴静", email = $"{login}@example.com", password = "sign-up-password-1",
        organisation = new
        {
            name, kind = "ENTERPRISE", creditCode = CreditCodes.Valid(serial), province = "34", city = "3401", address = "合肥市高新区 2 号",
            contactName = "吴静", contactPhone = "0551-66668888",
        },
    };

    public static object Joining(string login, int serial) => new
    {
        login, displayName = "郑强", mobile = "13700000000", password = "sign-up-password-1", joinCreditCode = CreditCodes.Valid(serial),
    };
}
