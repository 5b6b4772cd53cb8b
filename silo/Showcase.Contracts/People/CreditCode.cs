using Showcase.Common;

namespace Showcase.People;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters — registration authority, organisation kind, the six-digit
/// administrative division, the nine-character organisation code and a check character computed from the first 17.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;

    // The code's alphabet: digits and capitals without I, O, Z, S, V; a character's value is its position.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper-cased and without spaces, as people copy it from a licence.</summary>
    public static string Normalize(string code) => string.Concat(code.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>Why a normalized code is not valid, in a sentence, or <c>null</c> when it is.</summary>
    public static Sentence? Problem(string code)
    {
        if (code.Length != Length)
        {
            return Sentence.Of("CreditCodeLength", Length, code.Length);
        }

        if (code.FirstOrDefault(c => !Alphabet.Contains(c)) is var bad and not '\0')
        {
            return Sentence.Of("CreditCodeCharacter", bad.ToString());
        }

        if (!code.AsSpan(2, 6).ContainsOnlyDigits())
        {
            return Sentence.Of("CreditCodeDivision");
        }

        return code[^1] == CheckCharacter(code) ? null : Sentence.Of("CreditCodeCheck");
    }

    /// <summary>The check character of the first 17 characters (GB 32100-2015, 5.3).</summary>
    public static char CheckCharacter(string code)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Alphabet.IndexOf(code[i]) * Weights[i];
        }

        return Alphabet[(31 - sum % 31) % 31];
    }

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
