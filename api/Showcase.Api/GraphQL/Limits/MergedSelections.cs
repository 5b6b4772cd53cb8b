using GraphQLParser.AST;

namespace Showcase.Api.GraphQL.Limits;

/// <summary>
/// Merges selection sets as field collection does (inline fragments and spread fragments into their set, the
/// subfields of same-named fields into one set) and finds the widest merged set. Each field of the operation, with
/// its fragments spread out, is visited once.
/// </summary>
internal sealed class MergedSelections(IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments)
{
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);

    public int Widest(IReadOnlyList<GraphQLSelectionSet> sets)
    {
        var below = new Dictionary<string, List<GraphQLSelectionSet>>(StringComparer.Ordinal);
        var width = 0;
        foreach (var set in sets)
        {
            width += Gather(set, below);
        }

        return below.Values.Where(subsets => subsets.Count > 0).Select(Widest).Append(width).Max();
    }

    // Adds the set's fields to the merged set (returns how many) and each field's subfields under its response name.
    private int Gather(GraphQLSelectionSet set, Dictionary<string, List<GraphQLSelectionSet>> below)
    {
        var width = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    width++;
                    var name = (field.Alias?.Name ?? field.Name).StringValue;
                    if (!below.TryGetValue(name, out var subsets))
                    {
                        below[name] = subsets = [];
                    }

                    if (field.SelectionSet is { } subfields)
                    {
                        subsets.Add(subfields);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    width += Gather(inline.SelectionSet, below);
                    break;
                case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && _open.Add(fragment.FragmentName.Name.StringValue):
                    // A fragment spread within itself (validation refuses the cycle) is not followed again.
                    width += Gather(fragment.SelectionSet, below);
                    _open.Remove(fragment.FragmentName.Name.StringValue);
                    break;
            }
        }

        return width;
    }
}
