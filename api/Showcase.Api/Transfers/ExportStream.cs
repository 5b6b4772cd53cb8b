namespace Showcase.Api.Transfers;

/// <summary>
/// A generated file too large to hold in memory (a recommender's package with every applicant's documents): written
/// to a temporary file that is deleted when the stream is closed.
/// </summary>
public sealed record ExportStream(string FileName, string ContentType, Stream Content)
{
    /// <summary>A new temporary file, read and written, gone once closed.</summary>
    public static Stream TemporaryFile() =>
        new FileStream(Path.Combine(Path.GetTempPath(), $"showcase-export-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            bufferSize: 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
