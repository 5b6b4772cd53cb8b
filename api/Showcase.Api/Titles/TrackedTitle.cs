using Showcase.Titles;

namespace Showcase.Api.Titles;

/// <summary>A title with the track it follows, which its Chinese labels depend on.</summary>
public sealed record TrackedTitle(DemonstrationTitle Title, TitleTrack Track);

public sealed record TrackedStep(TitleStep Step, TitleTrack Track);
