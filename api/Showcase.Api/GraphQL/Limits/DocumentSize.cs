using GraphQLParser.AST;

namespace Showcase.Api.GraphQL.Limits;

/// <summary>
/// The measures of a parsed document that bound what validation and execution may cost: one pass over the syntax
/// tree (nodes, aliases, fragments), one over its fragments (fields spread out, each fragment counted once), and, once
/// those are small, one over the fields spread out (the widest merged selection). Each is linear in what it walks.
/// </summary>
public sealed class DocumentSize
{
    private readonly GraphQLDocument _document;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments;

    private DocumentSize(GraphQLDocument document, Dictionary<string, GraphQLFragmentDefinition> fragments, Walk walk)
    {
        _document = document;
        _fragments = fragments;
        Nodes = walk.Nodes;
        Aliases = walk.Aliases;
    }

    /// <summary>Selections, arguments, values, directives, variables and definitions.</summary>
    public int Nodes { get; }

    public int Aliases { get; }

    public int Fragments => _fragments.Count;

    public static DocumentSize Of(GraphQLDocument document)
    {
        var walk = new Walk();
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            walk.Nodes++;
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    walk.Variables(operation.Variables);
                    walk.Directives(operation.Directives);
                    walk.SelectionSet(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
                    walk.Directives(fragment.Directives);
                    walk.SelectionSet(fragment.SelectionSet);
                    break;
            }
        }

        return new DocumentSize(document, fragments, walk);
    }

    /// <summary>
    /// The fields of every operation with its fragments spread out. Its recursion follows fragment spreads, so measure
    /// it only once the number of fragments is known to be small.
    /// </summary>
    public long ExpandedFields()
    {
        var expansion = new FieldExpansion(_fragments);
        return _document.Definitions.OfType<GraphQLOperationDefinition>()
            .Aggregate(0L, (sum, operation) => Saturate(sum + expansion.Of(operation.SelectionSet)));
    }

    /// <summary>
    /// The most fields that merge into one selection set: a set's own fields, those of its inline fragments and spread
    /// fragments, and, below a response name, the subfields of every field of that name. Field-merging validation
    /// compares the fields of one name pairwise, so bounding this bounds its work by this times the fields spread out.
    /// Walks the document with its fragments spread out: measure it only once <see cref="ExpandedFields"/> is small.
    /// </summary>
    public int WidestMergedSelection() =>
        _document.Definitions.OfType<GraphQLOperationDefinition>()
            .Select(operation => new MergedSelections(_fragments).Widest([operation.SelectionSet]))
            .DefaultIfEmpty(0)
            .Max();

    // Sums that could overflow (a fragment spread a million times over) stop at a value above every limit.
    private static long Saturate(long value) => Math.Min(value, int.MaxValue);

    private sealed class Walk
    {
        public int Nodes;
        public int Aliases;

        public void SelectionSet(GraphQLSelectionSet? set)
        {
            if (set is null)
            {
                return;
            }

            Nodes++;
            foreach (var selection in set.Selections)
            {
                Nodes++;
                switch (selection)
                {
                    case GraphQLField field:
                        Aliases += field.Alias is null ? 0 : 1;
                        Arguments(field.Arguments);
                        Directives(field.Directives);
                        SelectionSet(field.SelectionSet);
                        break;
                    case GraphQLInlineFragment inline:
                        Directives(inline.Directives);
                        SelectionSet(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        Directives(spread.Directives);
                        break;
                }
            }
        }

        public void Variables(GraphQLVariablesDefinition? variables)
        {
            foreach (var variable in variables?.Items ?? [])
            {
                Nodes++;
                Value(variable.DefaultValue);
                Directives(variable.Directives);
            }
        }

        public void Directives(GraphQLDirectives? directives)
        {
            foreach (var directive in directives?.Items ?? [])
            {
                Nodes++;
                Arguments(directive.Arguments);
            }
        }

        private void Arguments(GraphQLArguments? arguments)
        {
            foreach (var argument in arguments?.Items ?? [])
            {
                Nodes++;
                Value(argument.Value);
            }
        }

        private void Value(GraphQLValue? value)
        {
            if (value is null)
            {
                return;
            }

            Nodes++;
            switch (value)
            {
                case GraphQLListValue list:
                    foreach (var item in list.Values ?? [])
                    {
                        Value(item);
                    }

                    break;
                case GraphQLObjectValue obj:
                    foreach (var field in obj.Fields ?? [])
                    {
                        Value(field.Value);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// How many fields an operation selects once its fragments are spread out: what complexity analysis and execution
    /// walk. Each fragment is counted once and remembered, so nesting fragments to multiply fields costs nothing here.
    /// </summary>
    private sealed class FieldExpansion(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, long> _known = new(StringComparer.Ordinal);
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);

        public long Of(GraphQLSelectionSet? set)
        {
            var total = 0L;
            foreach (var selection in set?.Selections ?? [])
            {
                total = Saturate(total + selection switch
                {
                    GraphQLField field => 1 + Of(field.SelectionSet),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                });
            }

            return total;
        }

        // A fragment that spreads itself (validation refuses the cycle) or an unknown one adds nothing.
        private long Fragment(string name)
        {
            if (_known.TryGetValue(name, out var size))
            {
                return size;
            }

            if (!fragments.TryGetValue(name, out var fragment) || !_open.Add(name))
            {
                return 0;
            }

            size = Of(fragment.SelectionSet);
            _open.Remove(name);
            _known[name] = size;
            return size;
        }
    }
}
