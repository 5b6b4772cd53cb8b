namespace Showcase.Testing;

public static class TestFolders
{
    /// <summary>A new empty folder under the system temp folder, for one host's data.</summary>
    public static string NewDataFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "showcase-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The folder that test artifacts (screenshots) are kept in: <c>TestResults/artifacts</c> beside the test binaries.</summary>
    public static string Artifacts()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts");
        Directory.CreateDirectory(path);
        return path;
    }
}
