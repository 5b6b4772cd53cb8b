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

    /// <summary>The repository's root (the folder holding Showcase.sln), for tests that read its sources.</summary>
    public static string Repository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Showcase.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Showcase.sln is not above the test's folder.");
    }

    /// <summary>The folder that test artifacts (screenshots) are kept in: <c>TestResults/artifacts</c> beside the test binaries.</summary>
    public static string Artifacts()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts");
        Directory.CreateDirectory(path);
        return path;
    }
}
