using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Showcase.Tenancy;
using Showcase.Testing.Pictures;

namespace Showcase.Testing.Files;

/// <summary>Uploads through <c>POST /t/{tenant}/pictures?for=…</c> (or <c>/files</c>) as a program does, with an access token (or none).</summary>
public static class UploadClient
{
    public static async Task<(HttpStatusCode Status, JsonElement Json)> UploadAsync(
        HttpClient http, TenantId tenant, string? token, string owner, byte[] bytes, string fileName = "photo.jpg", string endpoint = "pictures")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{tenant}/{endpoint}?for={Uri.EscapeDataString(owner)}") { Content = form };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, CancellationToken.None);
        var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>Uploads a picture that must be taken; answers its id.</summary>
    public static async Task<string> UploadIdAsync(HttpClient http, TenantId tenant, string token, string owner, byte[]? bytes = null)
    {
        var (status, json) = await UploadAsync(http, tenant, token, owner, bytes ?? TestPictures.Jpeg());
        return status == HttpStatusCode.Created ? json.GetProperty("id").GetString()! : throw new InvalidOperationException($"The upload was refused: {status} {json}");
    }
}
