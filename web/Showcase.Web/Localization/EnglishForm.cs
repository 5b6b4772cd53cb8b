using Showcase.Common;

namespace Showcase.Web.Localization;

/// <summary>The English part of an entity's form as the browser posts it (<see cref="EnglishFields"/>).</summary>
public sealed class EnglishForm
{
    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public static EnglishForm From(EnglishText english) => new() { Title = english.Title, Summary = english.Summary, Body = english.Body };

    public EnglishText ToText() => new(Title, Summary, Body);
}
