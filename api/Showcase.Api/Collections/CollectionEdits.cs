using Showcase.Collections;
using Showcase.Common;

namespace Showcase.Api.Collections;

/// <summary>
/// The changes a curator makes to a collection's working copy, as pure functions: sections are addressed by their
/// position (0 is the first), cases by their id. Moving past either end changes nothing. A position or case that
/// is not there is refused with <c>NOT_FOUND</c>, in words.
/// </summary>
public static class CollectionEdits
{
    public static CollectionContent AddSection(this CollectionContent content, string title) =>
        content with { Sections = [.. content.Sections, new CollectionSection(title, [])] };

    public static CollectionContent RenameSection(this CollectionContent content, int section, string title) =>
        content.WithSection(section, s => s with { Title = title });

    public static CollectionContent MoveSection(this CollectionContent content, int section, int by)
    {
        content.RequireSection(section);
        var to = Math.Clamp(section + by, 0, content.Sections.Count - 1);
        var sections = content.Sections.ToList();
        var moved = sections[section];
        sections.RemoveAt(section);
        sections.Insert(to, moved);
        return content with { Sections = sections };
    }

    /// <summary>Removes an empty section; one that still holds cases is refused, so no case leaves by accident.</summary>
    public static CollectionContent RemoveSection(this CollectionContent content, int section)
    {
        content.RequireSection(section);
        if (content.Sections[section].Items.Count > 0)
        {
            throw new DomainException(ErrorCodes.InvalidTransition,
                Sentence.Of("SectionNotEmpty", section + 1, content.Sections[section].Title, content.Sections[section].Items.Count), "section");
        }

        return content with { Sections = [.. content.Sections.Where((_, i) => i != section)] };
    }

    /// <summary>Appends the cases to a section, leaving out those already in the collection; returns how many went in.</summary>
    public static (CollectionContent Content, int Added) AddItems(this CollectionContent content, int section, IEnumerable<CollectionItem> items)
    {
        content.RequireSection(section);
        var added = items.Where(i => !content.Contains(i.Case)).DistinctBy(i => i.Case).ToArray();
        return (content.WithSection(section, s => s with { Items = [.. s.Items, .. added] }), added.Length);
    }

    public static CollectionContent MoveItem(this CollectionContent content, EntityId caseId, int by)
    {
        var (section, index) = content.Locate(caseId);
        var items = content.Sections[section].Items.ToList();
        var to = Math.Clamp(index + by, 0, items.Count - 1);
        var moved = items[index];
        items.RemoveAt(index);
        items.Insert(to, moved);
        return content.WithSection(section, s => s with { Items = items });
    }

    /// <summary>Moves a case to the end of another section.</summary>
    public static CollectionContent MoveItemToSection(this CollectionContent content, EntityId caseId, int section)
    {
        content.RequireSection(section);
        var (from, index) = content.Locate(caseId);
        if (from == section)
        {
            return content;
        }

        var item = content.Sections[from].Items[index];
        return content.RemoveItem(caseId).WithSection(section, s => s with { Items = [.. s.Items, item] });
    }

    public static CollectionContent RemoveItem(this CollectionContent content, EntityId caseId)
    {
        var (section, _) = content.Locate(caseId);
        return content.WithSection(section, s => s with { Items = [.. s.Items.Where(i => i.Case != caseId)] });
    }

    public static CollectionContent ChangeItem(this CollectionContent content, EntityId caseId, Func<CollectionItem, CollectionItem> change)
    {
        var (section, _) = content.Locate(caseId);
        return content.WithSection(section, s => s with { Items = [.. s.Items.Select(i => i.Case == caseId ? change(i) : i)] });
    }

    public static int SectionNamed(this CollectionContent content, string title) =>
        content.Sections.ToList().FindIndex(s => s.Title == title.Trim()) is var index and >= 0
            ? index
            : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchSection", title), "section");

    private static (int Section, int Index) Locate(this CollectionContent content, EntityId caseId)
    {
        for (var s = 0; s < content.Sections.Count; s++)
        {
            for (var i = 0; i < content.Sections[s].Items.Count; i++)
            {
                if (content.Sections[s].Items[i].Case == caseId)
                {
                    return (s, i);
                }
            }
        }

        throw NotInCollection(caseId.Value);
    }

    public static DomainException NotInCollection(string caseId, string field = "case") =>
        new(ErrorCodes.NotFound, Sentence.Of("NoSuchCaseInCollection", caseId), field);

    private static void RequireSection(this CollectionContent content, int section)
    {
        if (section < 0 || section >= content.Sections.Count)
        {
            throw new DomainException(ErrorCodes.NotFound,
                content.Sections.Count == 0 ? Sentence.Of("NoSectionsYet") : Sentence.Of("NoSectionNumber", section + 1, content.Sections.Count), "section");
        }
    }

    private static CollectionContent WithSection(this CollectionContent content, int section, Func<CollectionSection, CollectionSection> change)
    {
        content.RequireSection(section);
        return content with { Sections = [.. content.Sections.Select((s, i) => i == section ? change(s) : s)] };
    }
}
