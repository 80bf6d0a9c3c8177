using System.Text;

namespace Dataset.EndToEnd.Tests.Infrastructure;

/// <summary>A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes; anything else fails.</summary>
internal static class Csv
{
    public static List<List<string>> Read(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("A quoted field is not closed.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"A quote inside an unquoted field at {i}.");
                    }

                    field.Append(text[i++]);
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i < text.Length)
            {
                if (text[i] != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    throw new FormatException($"A record must end with CRLF (at {i}).");
                }

                i += 2;
            }

            records.Add(record);
            record = new List<string>();
        }

        if (records.Any(r => r.Count != records[0].Count))
        {
            throw new FormatException("Records have different numbers of fields.");
        }

        return records;
    }
}
