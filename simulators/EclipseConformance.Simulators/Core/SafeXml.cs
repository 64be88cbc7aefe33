using System.Xml;
using System.Xml.Linq;

namespace EclipseConformance.Simulators;

/// <summary>Parses request XML with DTDs prohibited (no entity expansion, no external resolution).</summary>
internal static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 8 * 1024 * 1024,
    };

    /// <summary>Throws <see cref="XmlException"/> for malformed XML or a DTD.</summary>
    public static XDocument Parse(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        return XDocument.Load(reader);
    }
}
