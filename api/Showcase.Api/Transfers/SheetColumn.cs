namespace Showcase.Api.Transfers;

/// <summary>A column of an import or export sheet: its header, width in characters, whether an import needs it, and the rule fields it reports.</summary>
public sealed record SheetColumn(string Header, double Width, bool Required = false, bool ExportOnly = false, params string[] Fields)
{
    /// <summary>The header as the template shows it: required columns end in *.</summary>
    public string Title => Required ? Header + "*" : Header;
}
