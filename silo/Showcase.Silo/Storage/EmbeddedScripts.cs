namespace Showcase.Silo.Storage;

/// <summary>
/// The SQL scripts of one database kind, shipped in <c>Storage/{folder}</c> and embedded in this assembly;
/// they are applied in name order, each once.
/// </summary>
public sealed class EmbeddedScripts(string folder)
{
    public static EmbeddedScripts Sqlite { get; } = new("Sqlite");

    public static EmbeddedScripts PostgreSql { get; } = new("PostgreSql");

    private string Prefix { get; } = $"Showcase.Silo.Storage.{folder}.";

    public IReadOnlyList<string> Names => typeof(EmbeddedScripts).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(name => name[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public string Read(string name)
    {
        using var stream = typeof(EmbeddedScripts).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new ArgumentException($"No script {name} in Storage/{folder}.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
