using System.Globalization;
using CsCheck;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// Hostile input for the destructive control routes (reset, clock, journal, faults, rules, config items): bad durations,
/// negative, huge and NaN numbers, bad and past dates, invalid JSON and YAML rule documents, deep nesting, oversized
/// bodies, unknown keys, wrong types, invalid config-item keys and values, and hostile query strings; plus a few valid
/// requests, so refusals are also checked after accepted changes.
/// </summary>
public sealed class DestructiveControlRequests(FuzzWorld world)
{
    private const string Json = "application/json";
    private const string Yaml = "application/yaml";

    private static readonly string[] BadDurations =
    [
        "", "P", "PT", "-PT1M", "PT-1M", "-P1D", "P0D", "PT0S", "P3651D", "P11Y", "P99999999Y", "PT1M trailing", "1 minute", "PT1H\u0000",
        "NaN", "Infinity", "P1Y-1M", "PT1.5.5S", "\u202EPT1M", "10", "00:05:00",
    ];

    private static readonly string[] BadSeconds =
        ["-1", "0", "-0.001", "0.0004", "-0", "315360001", "1e30", "79228162514264337593543950335", "1e400", "NaN", "Infinity", "-Infinity", "\"10\"", "true", "[]", "{}", "null"];

    private static readonly string[] BadTenantIds =
        ["", "abc", "1e3", "1.5", "99999999999999999999", "-1", "0", "%00", "%FF", "0x3E9", "1001,1002", "NaN", "%20", "null"];

    private static readonly string[] HostileQueries =
        ["?upstream=", "?upstream=nope", "?upstream=%00", "?upstream=sms%00", "?x=" + new string('9', 3_000), "?%zz=1", "?upstream=sms&upstream=atm", "?limit=-1", "?a=%FF%FE"];

    private static readonly string[] NotAJsonObject = ["", "null", "[]", "\"text\"", "123", "true", "{", "}", "{}}", "{\"a\":1,}", "/* c */ {}", "{'a':1}", "\u0000"];

    private static readonly string[] BadRuleDocuments =
    [
        """{"version":1,"bogus":1}""", """{"version":"1"}""", """{"version":1,"configItems":"x"}""", """{"version":1,"rules":{}}""",
        """{"version":1,"rules":[{"name":"x","on":"transfer","when":"amount >>> 5","then":{"action":"reject","status":400,"code":"IAE001","description":"d"}}]}""",
        """{"version":1,"rules":[{"name":"x","on":"nowhere","when":"true","then":{"action":"reject"}}]}""",
        """{"version":1,"rules":[{"name":"x","on":"transfer","when":"System.IO.File.Delete(\"x\")","then":{"action":"reject","status":400,"code":"IAE001","description":"d"}}]}""",
        """{"version":1,"behaviours":[{"name":"b","upstream":"nope","when":{},"then":{"kind":"Explode"}}]}""",
        """{"version":1,"behaviours":[{"name":"b","upstream":"sms","when":{},"then":{"kind":"HttpStatus","status":99999}}]}""",
        """{"version":1,"policies":{"rateLimits":{"enabled":"yes"}}}""", """{"version":1,"policies":{"tokenLifetime":"-PT1M"}}""",
        """{"version":1,"configItems":{"global":{"bad key":"x"}}}""", """{"version":1,"configItems":{"global":{"fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.1.X":"-5"}}}""",
        """{"version":1,"configItems":{"tenants":{"abc":{"k":"v"}}}}""", """{"version":1,"version":1}""",
    ];

    private static readonly string[] BadYaml =
    [
        "version: [1", "version: 1\n  bad: indent", ":\n  - :", "version: 1\nrules: {", "version: &a [*a]", "version: !!binary ==",
        "version: 1\nconfigItems:\n  global:\n    bad key: x", "version: 1\nbogus: 1", "- 1\n- 2", "version: 1\n---\nversion: 2", "\"unterminated",
    ];

    private static readonly string[] BadConfigItems =
    [
        "{}", "\"x\"", "1", "[]", "[{}]", "[null]", """[{"key":""}]""", """[{"key":"bad key","value":"x"}]""", """[{"key":"../etc","value":"x"}]""",
        """[{"key":"-starts-with-dash","value":"x"}]""", """[{"key":"é","value":"x"}]""", """[{"key":"a\u0000b","value":"x"}]""", """[{"key":1,"value":"x"}]""",
        """[{"key":"fuzz.k","value":5}]""", """[{"key":"fuzz.k","value":{}}]""", """[{"key":"fuzz.k","value":"a"},{"key":"fuzz.k","value":"b"}]""",
        """[{"key":"fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.1.X","value":"-1"}]""", """[{"key":"fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.1.X","value":"1.005"}]""",
        """[{"key":"fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.1.X","value":"NaN"}]""", """[{"key":"fees.wallet.config.Pay.GLOBAL_DEFERRED.WALLET","value":"0"}]""",
        """[{"key":"fees.wallet.config.Pay.GLOBAL_DEFERRED.WALLET","value":"-5"}]""", """[{"key":"destination.wallet.config.VAS.20","value":"abc"}]""",
        """[{"key":"webhookAdditionalHeaders","value":"X-A"}]""", """[{"key":"webhookAdditionalHeaders","value":"bad header,1"}]""",
        """[{"key":"mobilerecharge.cellulant.bundles.1","value":"{not json"}]""", """[{"key":"HMACOutboundSignatureKey","value":"  "}]""",
        """[{"key":"fuzz.k","value":"x"},{"key":"fuzz.ok","value":"y"},{"key":"bad key","value":"z"}]""",
    ];

    public Gen<ControlCase> For(ApiOperation operation) => operation.ToString() switch
    {
        "POST /sim/v1/clock/advance" => ClockAdvance(operation),
        "POST /sim/v1/clock/set" => ClockSet(operation),
        "POST /sim/v1/reset" => Reset(operation),
        "PUT /sim/v1/rules" => Rules(operation),
        "PUT /sim/v1/config-items" or "PUT /eclipse-conductor/rest/v1/tenants/{tenantId:long}/config-items" => ConfigItems(operation),
        _ => AnythingGoes(operation),
    };

    private Gen<ControlCase> ClockAdvance(ApiOperation op) => Gen.Frequency(
        (4, Gen.OneOf(BadDurations).Select(by => Case(op, $$"""{"by":{{HostileValues.Literal(by)}}}""", "by " + by, mustReject: true))),
        (4, Gen.OneOf(BadSeconds).Select(s => Case(op, $$"""{"seconds":{{s}}}""", "seconds " + s, mustReject: true))),
        (1, Gen.OneOf("""{"by":"-PT1M","seconds":5}""", """{"by":5}""", """{"by":[]}""", """{"minutes":5}""", """{"to":"2030-01-01T00:00:00Z"}""", """{"by":null,"seconds":null}""")
            .Select(b => Case(op, b, "wrong shape", mustReject: true))),
        (3, NotJson(op)),
        (2, Gen.OneOf("""{"by":"PT1M"}""", """{"seconds":1.5}""", """{"by":"PT1M","unknown":{"a":[1]}}""", """{"by":"P1D"}""", """{"seconds":0.001}""", """{"by":"PT0.0000001S"}""")
            .Select(b => Case(op, b, "valid", mustReject: false))));

    private Gen<ControlCase> ClockSet(ApiOperation op) => Gen.Frequency(
        (4, Gen.OneOf(
                ("one second back", (Func<DateTimeOffset, string>)(now => To(now.AddSeconds(-1)))),
                ("a year back", now => To(now.AddYears(-1))),
                ("the epoch", _ => """{"to":"1970-01-01T00:00:00Z"}"""),
                ("year 1", _ => """{"to":"0001-01-01T00:00:00Z"}"""),
                ("eleven years ahead", now => To(now.AddYears(11))),
                ("year 9999", _ => """{"to":"9999-12-31T23:59:59.9999999Z"}"""),
                ("back, written with an offset", now => To(now.AddMinutes(-1).ToOffset(TimeSpan.FromHours(14)))))
            .Select(c => new ControlCase(op, world.FillPath(op.Pattern), c.Item2, Json, "to " + c.Item1, MustReject: true))),
        (3, Gen.OneOf("\"2026-02-30T00:00:00Z\"", "\"not a date\"", "\"\"", "1773648000000", "\"2026-03-16T08:00:00+99:00\"", "null", "[]", "{}", "\"275760-09-13T00:00:01Z\"", "\"-0001-01-01\"")
            .Select(to => Case(op, $$"""{"to":{{to}}}""", "to " + to, mustReject: true))),
        (1, Gen.OneOf("{}", """{"by":"PT1M"}""", """{"seconds":5}""").Select(b => Case(op, b, "no 'to'", mustReject: true))),
        (3, NotJson(op)),
        (2, Gen.OneOf(
                ("now", (Func<DateTimeOffset, string>)(now => To(now))),
                ("a minute ahead", now => To(now.AddMinutes(1))),
                ("an hour ahead, written with an offset", now => To(now.AddHours(1).ToOffset(TimeSpan.FromHours(-5)))))
            .Select(c => new ControlCase(op, world.FillPath(op.Pattern), c.Item2, Json, "to " + c.Item1, MustReject: false))));

    private Gen<ControlCase> Reset(ApiOperation op) => Gen.Frequency(
        (6, Gen.Select(Gen.OneOf(BadTenantIds), Gen.OneOf("", "{}", "{\"tenantId\":1001}", "garbage"), (id, body) =>
            new ControlCase(op, world.FillPath(op.Pattern) + "?tenantId=" + id, body.Length == 0 ? null : _ => body, body.Length == 0 ? null : Json, $"tenantId={id}", MustReject: true))),
        (1, Gen.OneOf("?tenantId=1001&tenantId=1002", "?tenantId=" + new string('9', 5_000), "?tenantId=1001%26tenantId%3D1002", "?tenantid=-1&tenantId=abc")
            .Select(q => new ControlCase(op, world.FillPath(op.Pattern) + q, null, null, "query " + q[..Math.Min(q.Length, 40)], MustReject: true))),
        // "1001%00" names tenant 1001: .NET's integer parsing ignores trailing NULs (a framework quirk, harmless here).
        (1, Gen.OneOf("", "%00", "%20", "+").Select(suffix =>
            new ControlCase(op, world.FillPath(op.Pattern) + "?tenantId=" + Tenant + suffix, null, null, "tenant reset " + Tenant + suffix, MustReject: false))));

    private Gen<ControlCase> Rules(ApiOperation op) => Gen.Frequency(
        (5, Gen.OneOf(BadRuleDocuments).Select(d => Case(op, d, "rule document " + d, mustReject: true))),
        (4, Gen.OneOf(BadYaml).Select(d => Case(op, d, "YAML " + d, mustReject: true, Yaml))),
        (2, Gen.OneOf("", "null", "[]", "\"text\"", "123", "{", "\u0000").Select(d => Case(op, d, "not a rule document: " + d, mustReject: true))),
        // The rule-file JSON reader is lenient (trailing commas, single quotes, comments): these may load as {"version":1}.
        (1, Gen.OneOf("{\"version\":1,}", "{'version':1}", "/* c */ {\"version\":1}").Select(d => Case(op, d, "lenient JSON: " + d, mustReject: false))),
        (2, HostileValues.DeepNesting.Select(d => Case(op, d, "deep JSON", mustReject: true))),
        (2, Gen.Int[33, 120_000].Select(depth => Case(op, "version: 1\nx: " + new string('[', depth) + new string(']', depth), "deep YAML flow", mustReject: true, Yaml))),
        (1, Gen.Int[20, 400].Select(depth => Case(op, "version: 1\n" + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + "a:\n")) + new string(' ', depth) + "b", "deep YAML block", mustReject: true, Yaml))),
        (1, Gen.Int[270_000, 1_100_000].Select(n => Case(op, "{\"version\":1,\"x\":\"" + new string('a', n) + "\"}", "oversized", mustReject: true))),
        (1, Gen.Const(0).Select(_ => Case(op, AliasBomb(), "YAML alias bomb", mustReject: true, Yaml))),
        (2, Gen.OneOf(("""{"version":1}""", Json), ("version: 1\n", Yaml), ("""{"version":1,"configItems":{"global":{"fuzz.rule-item":"x"}}}""", Json))
            .Select(d => Case(op, d.Item1, "valid rule document", mustReject: false, d.Item2))));

    private Gen<ControlCase> ConfigItems(ApiOperation op)
    {
        var gens = new List<(int, IGen<ControlCase>)>
        {
            (6, Gen.OneOf(BadConfigItems).Select(b => Case(op, b, "config items " + b, mustReject: true))),
            (1, Gen.Int[201, 1_000].Select(n => Case(op, $$"""[{"key":"{{new string('k', n)}}","value":"x"}]""", $"key of {n} chars", mustReject: true))),
            (1, Gen.Const(0).Select(_ => Case(op, $$"""[{"key":"fuzz.long","value":"{{new string('v', 65_537)}}"}]""", "value too long", mustReject: true))),
            (1, Gen.Const(0).Select(_ => Case(op, "[" + string.Join(',', Enumerable.Range(0, 501).Select(i => $$"""{"key":"fuzz.k{{i}}","value":"x"}""")) + "]", "501 items", mustReject: true))),
            (3, NotJson(op)),
            (1, HostileValues.DeepNesting.Select(d => Case(op, d, "deep nesting", mustReject: true))),
            (2, Gen.OneOf("""[{"key":"fuzz.k","value":"x"}]""", """[{"key":"fuzz.k","value":null}]""", """[{"key":"fuzz.k","value":"y","unknown":[1]}]""")
                .Select(b => Case(op, b, "valid", mustReject: false))),
        };
        if (op.Pattern.Contains('{', StringComparison.Ordinal))
        {
            // Ids that cannot be a tenant id are refused; numeric ones name a tenant that may or may not exist.
            gens.Add((1, Gen.OneOf(HostileIds).Select(id => new ControlCase(op, world.FillPath(op.Pattern, id), _ => """[{"key":"fuzz.k","value":"x"}]""", Json, "tenant id " + id,
                MustReject: id.Contains('%', StringComparison.Ordinal) || id.Contains('.', StringComparison.Ordinal)))));
        }

        return Gen.Frequency([.. gens]);
    }

    /// <summary>Routes without a body or query parameters to speak of: hostile queries and bodies, which they may ignore.</summary>
    private Gen<ControlCase> AnythingGoes(ApiOperation op) => Gen.Frequency(
        (2, Gen.OneOf(HostileQueries).Select(q => new ControlCase(op, world.FillPath(op.Pattern) + q, null, null, "query " + q[..Math.Min(q.Length, 40)], MustReject: false))),
        (1, Gen.OneOf(NotAJsonObject).Select(b => Case(op, b, "body " + b, mustReject: false))),
        (1, HostileValues.DeepNesting.Select(d => Case(op, d, "deep nesting", mustReject: false))));

    private static readonly string[] HostileIds = ["0", "-1", "9223372036854775807", "9223372036854775808", "99999999999999999999999", "1.5", "%00", "%FF", "..", "%2e%2e"];

    private string Tenant => world.Customers.TenantId.ToString(CultureInfo.InvariantCulture);

    private Gen<ControlCase> NotJson(ApiOperation op) => Gen.Frequency(
        (3, Gen.OneOf(NotAJsonObject).Select(b => Case(op, b, "not a JSON object: " + b, mustReject: true))),
        (1, HostileValues.DeepNesting.Select(d => Case(op, d, "deep nesting", mustReject: true))),
        (1, Gen.Int[270_000, 600_000].Select(n => Case(op, "{\"x\":\"" + new string('a', n) + "\"}", "oversized", mustReject: true))),
        (1, HostileValues.InvalidUtf8.Select(bytes => Case(op, "{\"by\":\"" + System.Text.Encoding.Latin1.GetString(bytes) + "\"}", "stray non-ASCII", mustReject: true))));

    private ControlCase Case(ApiOperation op, string body, string why, bool mustReject, string contentType = Json) =>
        new(op, world.FillPath(op.Pattern), _ => body, contentType, why, mustReject);

    /// <summary>"Billion laughs": nine levels of nine aliases each; a parser that expands aliases builds 9^9 nodes.</summary>
    private static string AliasBomb() =>
        "version: 1\na0: &a0 [x,x,x,x,x,x,x,x,x]\n"
        + string.Concat(Enumerable.Range(1, 8).Select(i => $"a{i}: &a{i} [{string.Join(',', Enumerable.Repeat($"*a{i - 1}", 9))}]\n"));

    private static string To(DateTimeOffset at) => $$"""{"to":"{{at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture)}}"}""";
}
