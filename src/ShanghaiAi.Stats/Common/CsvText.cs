using System.Text;

namespace ShanghaiAi.Stats.Common;

/// <summary>Minimal RFC 4180 reading and writing for trusted files (reference data, our own outputs).
/// Uploaded files go through <c>Ingest/</c>, which handles encodings, delimiters and limits.</summary>
public static class CsvText
{
    /// <summary>Splits CSV text into records of fields (quotes, doubled quotes, embedded newlines).</summary>
    public static List<string[]> Parse(string text, char delimiter = ',')
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                if (!(fields.Count == 1 && fields[0].Length == 0))
                {
                    rows.Add([.. fields]);
                }

                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }

        return rows;
    }

    /// <summary>Quotes a field when it holds a delimiter, quote or newline.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>
    /// Text from an upload made safe for a spreadsheet (OWASP CSV injection): a value beginning with = + - @ tab or
    /// carriage return gets a leading apostrophe, so Excel and LibreOffice show it as text instead of running it as a
    /// formula. Use it on every field of a CSV that carries uploaded text (names, evidence), never on numbers.
    /// </summary>
    public static string Neutralised(string? value)
        => value is { Length: > 0 } v && v[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + v : value ?? string.Empty;

    /// <summary>One CSV line of escaped fields.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Escape));
}
