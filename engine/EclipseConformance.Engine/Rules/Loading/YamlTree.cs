using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Converts a YAML document into the same JSON tree a JSON file gives, remembering each node's line and column.
/// Plain scalars follow the YAML 1.2 core schema (null, booleans, integers, decimals; everything else is a string);
/// quoted scalars are always strings. Numbers become <see cref="decimal"/>, never floating point.
/// </summary>
internal sealed partial class YamlTree
{
    private const int MaxNodes = 50_000;
    private const int MaxDepth = 64;

    private readonly Dictionary<JToken, (int Line, int Column)> _marks = new(ReferenceEqualityComparer.Instance);
    private int _nodes;

    private YamlTree()
    {
    }

    /// <summary>Parses <paramref name="text"/>; returns the tree and marks, or the first error with its position.</summary>
    public static (JToken? Root, IReadOnlyDictionary<JToken, (int, int)> Marks, (int Line, int Column, string Message)? Error) Parse(string text)
    {
        var tree = new YamlTree();
        try
        {
            if (TooDeep(text) is { } deep)
            {
                return (null, tree._marks, (deep.Line, deep.Column, $"the document is nested deeper than {MaxDepth} levels"));
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1)
            {
                return (null, tree._marks, (1, 1, stream.Documents.Count == 0 ? "the file is empty" : "a rule file holds exactly one YAML document"));
            }

            return (tree.Convert(stream.Documents[0].RootNode, 0), tree._marks, null);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is { } inner && inner.Message.Length > 0 && ex.Message.Contains("see inner", StringComparison.OrdinalIgnoreCase)
                ? inner.Message
                : ex.Message;
            return (null, tree._marks, ((int)ex.Start.Line, (int)ex.Start.Column, "YAML syntax: " + StripMark(message)));
        }
        catch (TooLargeException ex)
        {
            return (null, tree._marks, (ex.Line, ex.Column, ex.Message));
        }
        catch (ArgumentException)
        {
            // YamlDotNet's loader refuses some event sequences its parser accepts (e.g. ":\n  - :") with an ArgumentException.
            return (null, tree._marks, (1, 1, "YAML syntax: the document has a structure that cannot be read"));
        }
    }

    /// <summary>
    /// Scans the parser's events before loading: YamlDotNet builds its node tree recursively, so a deeply nested document
    /// (a 256 KiB body holds 100,000 levels of "[") would overflow the stack before <see cref="Convert"/> could refuse it.
    /// </summary>
    private static (int Line, int Column)? TooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart && ++depth > MaxDepth)
            {
                return ((int)parser.Current.Start.Line, (int)parser.Current.Start.Column);
            }

            if (parser.Current is YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd)
            {
                depth--;
            }
        }

        return null;
    }

    private JToken Convert(YamlNode node, int depth)
    {
        if (++_nodes > MaxNodes || depth > MaxDepth)
        {
            throw new TooLargeException((int)node.Start.Line, (int)node.Start.Column, depth > MaxDepth
                ? $"the document is nested deeper than {MaxDepth} levels"
                : $"the document has more than {MaxNodes} nodes (aliases count each time they are used)");
        }

        JToken result = node switch
        {
            YamlMappingNode mapping => ConvertMapping(mapping, depth),
            YamlSequenceNode sequence => new JArray(sequence.Children.Select(c => Convert(c, depth + 1))),
            YamlScalarNode scalar => Scalar(scalar),
            _ => throw new TooLargeException((int)node.Start.Line, (int)node.Start.Column, "unsupported YAML node"),
        };
        _marks[result] = ((int)node.Start.Line, (int)node.Start.Column);
        return result;
    }

    private JObject ConvertMapping(YamlMappingNode mapping, int depth)
    {
        var result = new JObject();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                throw new TooLargeException((int)key.Start.Line, (int)key.Start.Column, "mapping keys must be plain strings");
            }

            if (result.ContainsKey(name))
            {
                throw new TooLargeException((int)key.Start.Line, (int)key.Start.Column, $"duplicate key '{name}'");
            }

            var property = new JProperty(name, Convert(value, depth + 1));
            _marks[property] = ((int)key.Start.Line, (int)key.Start.Column);
            result.Add(property);
        }

        return result;
    }

    private static JValue Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
        {
            return new JValue(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => JValue.CreateNull(),
            "true" or "True" or "TRUE" => new JValue(true),
            "false" or "False" or "FALSE" => new JValue(false),
            _ when IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => new JValue(l),
            _ when NumberPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => new JValue(d),
            _ => new JValue(text),
        };
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    private static string StripMark(string message)
    {
        // YamlDotNet messages start with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): " — the position is reported separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }

    private sealed class TooLargeException(int line, int column, string message) : Exception(message)
    {
        public int Line { get; } = line;

        public int Column { get; } = column;
    }
}
