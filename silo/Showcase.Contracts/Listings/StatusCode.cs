using System.Text;

namespace Showcase.Listings;

/// <summary>The status codes listings carry and filters take: an enum name in kebab case (<c>InReview</c> → <c>in-review</c>).</summary>
public static class StatusCode
{
    public static string Of<TStatus>(TStatus status) where TStatus : struct, Enum
    {
        var name = status.ToString();
        var code = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && code.Length > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(c));
        }

        return code.ToString();
    }
}
