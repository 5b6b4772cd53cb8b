namespace Showcase.Api.Pictures;

/// <summary>A picture's bytes to send, and whether anyone may see them (so shared caches may keep them for good).</summary>
public sealed record ServedPicture(byte[] Content, string ContentType, bool IsPublic);
