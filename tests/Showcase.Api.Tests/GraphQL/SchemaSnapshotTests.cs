using System.Runtime.CompilerServices;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.GraphQL;

namespace Showcase.Api.Tests.GraphQL;

/// <summary>
/// The printed schema is the public API: it is approved in <c>schema.approved.graphql</c>, so every change to the
/// API shows up in review. After an intended change, copy <c>schema.received.graphql</c> over the approved file.
/// </summary>
public sealed class SchemaSnapshotTests(HostFixture fixture)
{
    [Fact]
    public void PrintedSchema_MatchesApprovedFile()
    {
        var printed = fixture.Host.Services.GetRequiredService<ShowcaseSchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var approvedPath = SourcePath("schema.approved.graphql");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        if (printed != approved)
        {
            File.WriteAllText(SourcePath("schema.received.graphql"), printed);
        }

        Assert.True(printed == approved,
            $"The GraphQL schema changed. Review {SourcePath("schema.received.graphql")} and, if the change is intended, copy it over {approvedPath}.");
    }

    private static string SourcePath(string file, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, file);
}
