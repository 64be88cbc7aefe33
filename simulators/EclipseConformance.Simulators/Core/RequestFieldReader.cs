using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;

namespace EclipseConformance.Simulators;

/// <summary>
/// Reads one value out of a request body for fault matching: XPath over XML with namespaces
/// stripped (so "//meterNumber" works on a SOAP envelope), or a simple JSON path over JSON.
/// Parses the body at most once; never throws for bad input (the field is then absent).
/// </summary>
internal sealed partial class RequestFieldReader(string body)
{
    private XDocument? _xml;
    private JsonElement? _json;
    private bool _parsed;

    public string? Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Parse();
        if (_xml is not null)
        {
            return ReadXml(_xml, path);
        }

        return _json is { } json ? ReadJson(json, path) : null;
    }

    private void Parse()
    {
        if (_parsed)
        {
            return;
        }

        _parsed = true;
        var trimmed = body.AsSpan().TrimStart();
        try
        {
            if (trimmed.StartsWith("<"))
            {
                _xml = StripNamespaces(SafeXml.Parse(body));
            }
            else if (trimmed.StartsWith("{") || trimmed.StartsWith("["))
            {
                using var document = JsonDocument.Parse(body);
                _json = document.RootElement.Clone();
            }
        }
        catch (XmlException)
        {
            _xml = null;
        }
        catch (JsonException)
        {
            _json = null;
        }
    }

    private static string? ReadXml(XDocument document, string path)
    {
        var expression = BareName().IsMatch(path) ? "//" + path : path;
        object result;
        try
        {
            result = document.XPathEvaluate(expression);
        }
        catch (XPathException)
        {
            return null;
        }

        return result switch
        {
            IEnumerable<object> nodes => nodes.FirstOrDefault() switch
            {
                XElement element => element.Value,
                XAttribute attribute => attribute.Value,
                XText text => text.Value,
                _ => null,
            },
            string s => s,
            bool b => b ? "true" : "false",
            double d => d.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    private static string? ReadJson(JsonElement root, string path)
    {
        var current = root;
        var steps = path.StartsWith('$') ? path.TrimStart('$').TrimStart('.') : path;
        foreach (Match step in JsonStep().Matches(steps))
        {
            if (step.Groups["name"].Success)
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step.Groups["name"].Value, out current))
                {
                    return null;
                }
            }
            else
            {
                var index = int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture);
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    return null;
                }

                current = current[index];
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => current.GetRawText(),
        };
    }

    private static XDocument StripNamespaces(XDocument document)
    {
        foreach (var element in document.Descendants())
        {
            element.Name = element.Name.LocalName;
            var namespaceAttributes = element.Attributes().Where(a => a.IsNamespaceDeclaration).ToList();
            foreach (var attribute in namespaceAttributes)
            {
                attribute.Remove();
            }

            foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace != XNamespace.None).ToList())
            {
                attribute.Remove();
                element.SetAttributeValue(attribute.Name.LocalName, attribute.Value);
            }
        }

        return document;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*$")]
    private static partial Regex BareName();

    [GeneratedRegex(@"(?<name>[^.\[\]]+)|\[(?<index>\d+)\]")]
    private static partial Regex JsonStep();
}
