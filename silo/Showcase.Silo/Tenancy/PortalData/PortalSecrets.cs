using System.Text.Json.Nodes;

namespace Showcase.Silo.Tenancy.PortalData;

/// <summary>
/// What a portal archive never carries, taken out on export and again on import (an archive is a file anyone may have
/// edited): password hashes, access tokens, open reset and invitation secrets — people set a password again through
/// “forgot password” — and the platform admin flag, which only the platform's own accounts may have.
/// </summary>
public static class PortalSecrets
{
    public const string AccountState = "account";

    public static JsonNode Remove(string state, JsonNode payload)
    {
        Blank(payload);
        if (state == AccountState && payload is JsonObject account)
        {
            account["PasswordHash"] = "";
            account["Tokens"] = new JsonArray();
            account["Reset"] = null;
            account["IsPlatformAdmin"] = false;
        }

        return payload;
    }

    // A secret's hash under any name ending in SecretHash or PasswordHash, wherever it is nested (invitations).
    private static void Blank(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToArray())
                {
                    if (name.EndsWith("SecretHash", StringComparison.Ordinal) || name.EndsWith("PasswordHash", StringComparison.Ordinal))
                    {
                        obj[name] = "";
                    }
                    else
                    {
                        Blank(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Blank(item);
                }

                break;
        }
    }
}
