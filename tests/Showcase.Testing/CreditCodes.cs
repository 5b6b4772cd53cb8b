using Showcase.People;

namespace Showcase.Testing;

/// <summary>统一社会信用代码 for tests: a company registered in 合肥 (91 3401 00) with a serial number and its right check character.</summary>
public static class CreditCodes
{
    public static string Valid(int serial)
    {
        var body = $"91340100{serial:D9}";
        return body + CreditCode.CheckCharacter(body);
    }

    /// <summary>The same code with its check character changed, as a one-character slip would.</summary>
    public static string WrongCheck(int serial)
    {
        var valid = Valid(serial);
        return valid[..^1] + (valid[^1] == '0' ? '1' : '0');
    }
}
