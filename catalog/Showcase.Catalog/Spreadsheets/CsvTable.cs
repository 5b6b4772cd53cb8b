using System.Globalization;
using System.Text;

namespace Showcase.Catalog.Spreadsheets;

/// <summary>
/// Reads and writes CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) the way Chinese offices
/// produce and open it: reads UTF-8 (with or without BOM) or, when the bytes are not UTF-8, GB18030 (what Excel on
/// Chinese Windows saves), with comma or tab separators; writes UTF-8 with a BOM so Excel shows the Chinese.
/// </summary>
public static class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvTable() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SheetTable Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var text = Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var separator = DetectSeparator(text);
        IReadOnlyList<string>? header = null;
        var rows = new List<SheetRow>();
        foreach (var (number, fields) in Records(text, separator))
        {
            var cells = fields.Select(c => string.IsNullOrWhiteSpace(c) ? null : c.Trim()).ToArray();
            if (cells.All(c => c is null))
            {
                continue;
            }

            if (header is null)
            {
                header = cells.Select(c => c ?? "").ToArray();
                continue;
            }

            rows.Add(new SheetRow(number, cells));
        }

        return new SheetTable(header ?? [], rows);
    }

    public static void Write(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", header.Select(Quote)));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(",", row.Select(value => Quote(value switch
            {
                null => "",
                IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                var other => Defuse(other.ToString() ?? ""),
            }))));
        }
    }

    /// <summary>Each record with the line it starts on (1-based), fields unquoted.</summary>
    private static IEnumerable<(int Line, List<string> Fields)> Records(string text, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return (start, fields);
                fields = [];
                start = ++line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }

    private static char DetectSeparator(string text)
    {
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length));
        return firstLine.Count('\t') > firstLine.Count(',') ? '\t' : ',';
    }

    /// <summary>Text that Excel would run as a formula (=, +, -, @ first) is written with a leading apostrophe.</summary>
    private static string Defuse(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n', '\t']) >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? $"\"{value.Replace("\"", "\"\"")}\""
            : value;

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
