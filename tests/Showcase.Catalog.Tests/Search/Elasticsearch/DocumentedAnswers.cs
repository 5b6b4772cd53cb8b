using System.Text.Json.Nodes;

namespace Showcase.Catalog.Tests.Search.Elasticsearch;

/// <summary>
/// Answers in the shapes of Elasticsearch's REST API reference (acknowledgements, bulk items, search hits with
/// aggregations and suggestions named by type when <c>typed_keys</c> is asked for), with what a test sets.
/// </summary>
internal sealed class DocumentedAnswers
{
    /// <summary>The indexes the alias points at; none: the alias is missing (404).</summary>
    public List<string> BehindAlias { get; } = [];

    /// <summary>The <c>_source</c> of the hits each search answers with, by how many searches came before it.</summary>
    public Func<int, IReadOnlyList<JsonObject>> Hits { get; set; } = _ => [];

    /// <summary>The stored document a get answers with (none: 404).</summary>
    public JsonObject? Stored { get; set; }

    /// <summary>A bulk item's status and error type by its id (default 201).</summary>
    public Func<string, (int Status, string? Error)> BulkItem { get; set; } = _ => (201, null);

    private int _searches;

    public JsonNode? Answer(ElasticsearchCall call)
    {
        return (call.Method, call.Segments) switch
        {
            ("PUT", ["_index_template", _]) or ("PUT", [_, "_settings"]) or ("POST", ["_aliases"]) or ("DELETE", _) => Acknowledged(),
            ("GET", ["_alias", var alias]) => BehindAlias.Count == 0
                ? Error(404, "aliases_not_found_exception", $"aliases [{alias}] missing")
                : new JsonObject(BehindAlias.Select(i => KeyValuePair.Create(i, (JsonNode?)new JsonObject { ["aliases"] = new JsonObject { [alias] = new JsonObject() } }))),
            ("GET", [var pattern]) when pattern.EndsWith('*') => new JsonObject(BehindAlias.Select(i => KeyValuePair.Create(i, (JsonNode?)new JsonObject
            {
                ["aliases"] = new JsonObject(), ["mappings"] = new JsonObject(), ["settings"] = new JsonObject { ["index"] = new JsonObject { ["number_of_shards"] = "1" } },
            }))),
            ("PUT", [var index]) => new JsonObject { ["acknowledged"] = true, ["shards_acknowledged"] = true, ["index"] = index },
            ("POST", [_, "_refresh"]) => new JsonObject { ["_shards"] = Shards() },
            ("POST", [var index, "_bulk"]) => Bulk(index, call),
            ("POST", [_, "_count"]) => new JsonObject { ["count"] = 3, ["_shards"] = Shards() },
            ("POST", [var index, "_search"]) => Search(index, call),
            ("GET", [var index, "_doc", var id]) => Stored is null
                ? new JsonObject { ["_index"] = index, ["_id"] = id, ["found"] = false, ["status"] = 404 }
                : new JsonObject { ["_index"] = index, ["_id"] = id, ["_version"] = 1, ["_seq_no"] = 0, ["_primary_term"] = 1, ["found"] = true, ["_source"] = Stored.DeepClone() },
            _ => null,
        };
    }

    private JsonObject Bulk(string index, ElasticsearchCall call)
    {
        var items = new JsonArray();
        foreach (var action in call.Body.Where((_, i) => i % 2 == 0))
        {
            var id = action!["index"]!["_id"]!.ToString();
            var (status, error) = BulkItem(id);
            var item = new JsonObject { ["_index"] = index, ["_id"] = id, ["status"] = status };
            if (error is null)
            {
                item["_version"] = action["index"]!["version"]!.GetValue<long>();
                item["result"] = "created";
                item["_shards"] = Shards();
                item["_seq_no"] = 0;
                item["_primary_term"] = 1;
            }
            else
            {
                item["error"] = new JsonObject { ["type"] = error, ["reason"] = $"[{id}]: {error}" };
            }

            items.Add(new JsonObject { ["index"] = item });
        }

        return new JsonObject { ["took"] = 3, ["errors"] = items.Any(i => i!["index"]!["error"] is not null), ["items"] = items };
    }

    private JsonObject Search(string index, ElasticsearchCall call)
    {
        var body = call.Body.Single()!;
        var hits = Hits(_searches++);
        var answer = new JsonObject
        {
            ["took"] = 2,
            ["timed_out"] = false,
            ["_shards"] = Shards(),
            ["hits"] = new JsonObject
            {
                ["total"] = new JsonObject { ["value"] = hits.Count, ["relation"] = "eq" },
                ["max_score"] = hits.Count == 0 ? null : 2.5,
                ["hits"] = new JsonArray(hits.Select((source, i) => (JsonNode)new JsonObject
                {
                    ["_index"] = index, ["_id"] = source["uid"]?.ToString() ?? $"hit-{i}", ["_score"] = 2.5 - i, ["_source"] = source.DeepClone(),
                }).ToArray()),
            },
        };
        if (body["aggregations"] is JsonObject aggregations)
        {
            answer["aggregations"] = new JsonObject(aggregations.Select(a => KeyValuePair.Create(Typed(call, "filter", a.Key), (JsonNode?)new JsonObject
            {
                ["doc_count"] = hits.Count,
                [Typed(call, "sterms", "values")] = new JsonObject
                {
                    ["doc_count_error_upper_bound"] = 0,
                    ["sum_other_doc_count"] = 0,
                    ["buckets"] = new JsonArray(new JsonObject { ["key"] = $"{a.Key}-1", ["doc_count"] = 2 }, new JsonObject { ["key"] = $"{a.Key}-2", ["doc_count"] = 1 }),
                },
            })));
        }

        if (body["suggest"] is JsonObject suggest)
        {
            answer["suggest"] = new JsonObject(suggest.Select(s => KeyValuePair.Create(Typed(call, "term", s.Key), (JsonNode?)new JsonArray(new JsonObject
            {
                ["text"] = s.Value!["text"]!.ToString(), ["offset"] = 0, ["length"] = 2,
                ["options"] = new JsonArray(new JsonObject { ["text"] = "检测", ["score"] = 0.5, ["freq"] = 7 }, new JsonObject { ["text"] = "检验", ["score"] = 0.5, ["freq"] = 2 }),
            }))));
        }

        return answer;
    }

    private static string Typed(ElasticsearchCall call, string type, string name) => call.TypedKeys ? $"{type}#{name}" : name;

    private static JsonObject Acknowledged() => new() { ["acknowledged"] = true };

    private static JsonObject Shards() => new() { ["total"] = 1, ["successful"] = 1, ["skipped"] = 0, ["failed"] = 0 };

    private static JsonObject Error(int status, string type, string reason) =>
        new() { ["error"] = new JsonObject { ["type"] = type, ["reason"] = reason }, ["status"] = status };
}
