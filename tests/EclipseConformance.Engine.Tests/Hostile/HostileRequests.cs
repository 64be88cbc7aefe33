using System.Text;
using CsCheck;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// Builds generated hostile requests for one operation. <see cref="MustReject"/> cases are certainly invalid (a field of the
/// wrong type or out of range, a body that is not a JSON object, the wrong content type): the engine must refuse them.
/// <see cref="Anything"/> adds cases a lenient engine may accept (nasty strings, odd query values and ids): those must
/// merely never break it.
/// </summary>
public sealed class HostileRequests(FuzzWorld world)
{
    private const string Json = "application/json";

    private static readonly string[] WrongContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "json", "*/*"];

    private static readonly string[] HostileIds =
        ["0", "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "99999999999999999999999", "1e3", "1.5", "%00", "%FF", "..", "%2e%2e", "00000000000000000001"];

    /// <summary>Query names some routes read by hand (not in the OpenAPI documents): tried on every route.</summary>
    private static readonly string[] UndocumentedQueryNames =
        ["limit", "offset", "lastName", "phone", "nationalIdentityNumber", "passportNumber", "walletFriendlyId", "accountNumber", "externalUniqueId", "walletId", "transferable", "dateFromIncl", "identity"];

    public Gen<HostileRequest> MustReject(ApiOperation operation) =>
        operation.Body is { Count: > 0 } body
            ? Gen.Frequency((6, WrongField(operation, body)), (4, WrongBody(operation)))
            : WrongBody(operation);

    public Gen<HostileRequest> Anything(ApiOperation operation)
    {
        var gens = new List<(int, IGen<HostileRequest>)> { (3, HostileQuery(operation)), (1, HostileIdInPath(operation)), (1, GarbageBody(operation)) };
        if (operation.Body is { Count: > 0 } body)
        {
            gens.Add((4, NastyField(operation, body)));
            gens.Add((2, MustReject(operation)));
        }

        return Gen.Frequency([.. gens]);
    }

    private Gen<HostileRequest> WrongField(ApiOperation operation, IReadOnlyList<(string Name, FieldKind Kind)> body) =>
        Gen.Int[0, body.Count - 1].SelectMany(i => HostileValues.WrongFor(body[i].Kind).Select(value =>
            Request(operation, Object(operation, body, (body[i].Name, value)), Json, $"{body[i].Name} = wrong {body[i].Kind}")));

    private Gen<HostileRequest> NastyField(ApiOperation operation, IReadOnlyList<(string Name, FieldKind Kind)> body) =>
        Gen.Select(Gen.Int[0, body.Count - 1], Gen.Frequency((5, HostileValues.NastyStringLiteral), (1, HostileValues.BrokenUnicodeLiteral)), (i, value) =>
            Request(operation, Object(operation, body, (body[i].Name, value)), Json, $"{body[i].Name} = nasty string"));

    private Gen<HostileRequest> WrongBody(ApiOperation operation)
    {
        var body = operation.Body ?? [];
        string Valid() => Object(operation, body);
        return Gen.Frequency(
            (2, Gen.OneOf("", "null", "[]", "\"text\"", "123", "true", "{", "}", "{}}", "{\"a\":1,}", "/* c */ {}", "{'a':1}", "\u0000").Select(text =>
                Request(operation, text, Json, "not a JSON object: " + (text.Length == 0 ? "empty" : text)))),
            (1, Gen.Const(0).Select(_ => Request(operation, Valid()[..(Valid().Length / 2)], Json, "truncated"))),
            (1, Gen.Const(0).Select(_ => Request(operation, Duplicated(Valid()), Json, "duplicate key"))),
            (1, HostileValues.DeepNesting.Select(deep => Request(operation, deep, Json, "deep nesting"))),
            (1, HostileValues.InvalidUtf8.Select(bytes => RequestBytes(operation, Splice(Valid(), bytes), Json, "invalid UTF-8"))),
            (1, Gen.Const(0).Select(_ => Request(operation, Valid() + " trailing", Json, "trailing garbage"))),
            (1, Gen.Int[270_000, 600_000].Select(n => Request(operation, "{\"x\":\"" + new string('a', n) + "\"}", Json, "oversized"))),
            (2, Gen.OneOf(WrongContentTypes).Select(type => Request(operation, Valid(), type, "wrong content type"))),
            (1, Gen.Const(0).Select(_ => Request(operation, Valid(), null, "no content type"))));
    }

    private Gen<HostileRequest> HostileQuery(ApiOperation operation)
    {
        var names = operation.Query.Union(UndocumentedQueryNames).ToList();
        var pair = Gen.Select(Gen.Int[0, names.Count - 1], HostileValues.QueryValue, Gen.Int[0, 9], HostileValues.RawQueryEscape,
            (i, value, raw, escape) => names[i] + "=" + (raw == 0 ? escape : Uri.EscapeDataString(value)));
        return pair.Array[1, 4].Select(pairs =>
            Request(operation, operation.HasJsonBody ? Object(operation, operation.Body!) : null, operation.HasJsonBody ? Json : null, "hostile query",
                "?" + string.Join('&', pairs)));
    }

    private Gen<HostileRequest> HostileIdInPath(ApiOperation operation) =>
        Gen.OneOf(HostileIds).Select(id => new HostileRequest(operation, world.FillPath(operation.Pattern, id),
            operation.HasJsonBody ? Encoding.UTF8.GetBytes(Object(operation, operation.Body!)) : null, operation.HasJsonBody ? Json : null, $"id {id}"));

    private Gen<HostileRequest> GarbageBody(ApiOperation operation) =>
        Gen.Frequency(
            (1, HostileValues.DeepNesting),
            (1, HostileValues.NastyStringLiteral),
            (1, Gen.OneOf("{\"amount\":1e400}", "{\"token\":\"\\ud800\"}", "[[[]]]", "{\"a\":{\"a\":{\"a\":[1,2,{\"b\":null}]}}}", "{}", "null", "")))
        .Select(text => Request(operation, text, Json, "unexpected body"));

    private HostileRequest Request(ApiOperation operation, string? body, string? contentType, string why, string query = "") =>
        RequestBytes(operation, body is null ? null : Encoding.UTF8.GetBytes(body), contentType, why, query);

    private HostileRequest RequestBytes(ApiOperation operation, byte[]? body, string? contentType, string why, string query = "") =>
        new(operation, world.FillPath(operation.Pattern) + query, body, contentType, why);

    /// <summary>The object with every property plausible, except the given (raw JSON) overrides.</summary>
    private string Object(ApiOperation operation, IReadOnlyList<(string Name, FieldKind Kind)> body, params (string Name, string Raw)[] overrides)
    {
        var parts = body
            .Select(p => (p.Name, Raw: overrides.FirstOrDefault(o => o.Name == p.Name).Raw ?? world.Plausible(operation.Pattern, p.Name, p.Kind)))
            .Where(p => p.Raw is not null)
            .Select(p => HostileValues.Literal(p.Name) + ":" + p.Raw);
        return "{" + string.Join(',', parts) + "}";
    }

    private static string Duplicated(string json) =>
        json.Length > 2 && json.IndexOf(',', StringComparison.Ordinal) is var comma and > 0
            ? "{" + json[1..comma] + "," + json[1..]
            : "{\"a\":1,\"a\":2}";

    private static byte[] Splice(string json, byte[] bytes)
    {
        // Inside the first string value when there is one, else before the closing brace.
        var at = json.IndexOf(":\"", StringComparison.Ordinal) is var i and >= 0 ? i + 2 : Math.Max(0, json.Length - 1);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. bytes, .. Encoding.UTF8.GetBytes(json[at..])];
    }
}
