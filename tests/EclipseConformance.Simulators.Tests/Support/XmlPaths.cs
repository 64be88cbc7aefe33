using System.Xml.Linq;

namespace EclipseConformance.Simulators.Tests.Support;

internal static class XmlPaths
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The element at a '/'-separated path of FrontierWeb local names (throws when absent).</summary>
    public static XElement At(this XElement element, string path)
    {
        var current = element;
        foreach (var step in path.Split('/'))
        {
            current = current.Element(FrontierClient.Fw + step)
                ?? throw new InvalidOperationException($"No <{step}> under <{current.Name.LocalName}> (path {path}).");
        }

        return current;
    }

    public static string Text(this XElement element, string path) => element.At(path).Value;

    public static bool IsNil(this XElement element, string path) => (string?)element.At(path).Attribute(Xsi + "nil") == "true";
}
