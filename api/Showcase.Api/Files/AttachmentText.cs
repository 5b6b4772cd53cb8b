using Showcase.Files;

namespace Showcase.Api.Files;

/// <summary>How an attached document is named to people: its kind (PDF, Word, Excel) and its size in KB or MB.</summary>
public static class AttachmentText
{
    public static string Kind(Attachment file) => file.ContentType switch
    {
        FileKinds.Pdf => "PDF",
        FileKinds.Docx => "Word",
        FileKinds.Xlsx => "Excel",
        _ => "文件",
    };

    public static string Size(Attachment file) => Size(file.Size);

    /// <summary>“12 KB”, “1.2 MB”.</summary>
    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024d / 1024:0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    /// <summary>“方案.pdf（PDF，1.2 MB）”.</summary>
    public static string Describe(Attachment file) => $"{file.Name}（{Kind(file)}，{Size(file)}）";
}
