namespace Showcase.Web.Layout;

/// <summary>Words many pages share (全部, 请选择…, 下一页): Words.resx, Words.en.resx.</summary>
public sealed class Words;
