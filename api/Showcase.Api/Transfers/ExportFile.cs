namespace Showcase.Api.Transfers;

/// <summary>A generated file to download.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content)
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Csv = "text/csv; charset=utf-8";
    public const string Zip = "application/zip";
}
