using System.Text.Json;
using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>"The documented shape": every field of a document example is present with the same JSON type (recursively).</summary>
internal static class DtbShapes
{
    public static void ShouldHaveShapeOf(this JsonNode? actual, JsonNode? documented, string path = "$")
    {
        var expectedKind = documented?.GetValueKind() ?? JsonValueKind.Null;
        var actualKind = actual?.GetValueKind() ?? JsonValueKind.Null;
        Kind(actualKind).Should().Be(Kind(expectedKind), $"{path} has the documented type");
        switch (documented)
        {
            case JsonObject expected:
                foreach (var (key, value) in expected)
                {
                    actual!.AsObject().ContainsKey(key).Should().BeTrue($"{path}.{key} is documented");
                    actual[key].ShouldHaveShapeOf(value, $"{path}.{key}");
                }

                break;
            case JsonArray { Count: > 0 } expected:
                actual!.AsArray().Should().NotBeEmpty($"{path} has documented entries");
                for (var i = 0; i < Math.Min(expected.Count, actual.AsArray().Count); i++)
                {
                    actual[i].ShouldHaveShapeOf(expected[i], $"{path}[{i}]");
                }

                break;
        }
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => kind.ToString(),
    };
}
