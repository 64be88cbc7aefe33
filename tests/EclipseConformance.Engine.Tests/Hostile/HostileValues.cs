using System.Text;
using CsCheck;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// Generators of hostile input: raw JSON fragments that are certainly wrong for a field of a kind, strings that may
/// be accepted but must never break the engine, whole bodies that are not a JSON object, and query values.
/// </summary>
public static class HostileValues
{
    private static readonly string[] NotAString = ["12345", "-1", "1e400", "true", "false", "[]", "{}", "[\"a\"]", """{"$ne":null}""", "NaN", "'single'", "\"unterminated", "\"bad \\x41 escape\""];

    private static readonly string[] NotAnInteger =
    [
        "\"1\"", "1.5", "1e3", "9223372036854775808", "-9223372036854775809", "99999999999999999999999999", "1e400", "true", "[]", "{}",
        "\"NaN\"", "NaN", "Infinity", "-Infinity", "0x10", "01", "+1", "\"\"",
    ];

    /// <summary>Amounts no wallet operation may accept: wrong type, not a number, not positive, over 9 decimals, beyond the ledger's range.</summary>
    private static readonly string[] NotAnAmount =
    [
        "\"100\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "NaN", "Infinity", "-Infinity", "-1", "-0.01", "-0.000000001", "0", "-0", "0.0",
        "0.0000000001", "1.1234567891", "10.0000000001", "1e-20", "1e400", "-1e400", "1e30", "79228162514264337593543950336", "79228162514264337593543950335",
        "9223372036854775807", "9300000000", "99999999999999999999999", "true", "[]", "{}", "1.", ".5", "1e", "--1", "0x1F", "1_000",
    ];

    private static readonly string[] NotABoolean = ["\"true\"", "1", "0", "\"yes\"", "[]", "{}", "tru", "True"];

    private static readonly string[] NotAnArray = ["\"x\"", "{}", "1", "true", "[1,2]", "[\"a\"]", """[{"id":1,"value":2}]""", "[", "[1,]"];

    private static readonly string[] NotAnObject = ["\"x\"", "[]", "1", "true", "{", """{"a":}"""];

    /// <summary>Strings a lenient engine may accept: each must still never cause a 5xx or leak internals.</summary>
    private static readonly string[] NastyStrings =
    [
        "", " ", "' OR 1=1 --", "'; DROP TABLE wallets; --", "\" OR \"\"=\"", "1; SELECT * FROM identities", "%' AND 1=1 --",
        "\",\"amount\":1000000,\"x\":\"", "{\"$gt\":\"\"}", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "{0}{1}%s%n%x", "${jndi:ldap://127.0.0.1/a}",
        "<script>alert(1)</script>", "\r\nX-Injected: 1", "\u0000", "\u0000abc\u0001\u001f", "\u202Eevil\u202C", "a\u200Bb\u200Dc\uFEFF", "Z\u0351\u0300\u0301\u0302\u0303",
        "\U0001F4B0\U0001F525", "\uFFFD\uFFFE\uFFFF", "NaN", "Infinity", "-1", "0", "1e400", "9223372036854775808", "null", "true", "2026-02-30", "9999-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z", "+27 82 000 0000", "0000000000000", "ZA_PAYCORP_ATM", "GLOBAL_VAS", "XXX", "ZAR\u0000",
    ];

    public static Gen<string> WrongFor(FieldKind kind) => kind switch
    {
        FieldKind.String => Gen.OneOf(Gen.OneOf(NotAString), DeepNesting),
        FieldKind.Integer => Gen.OneOf(NotAnInteger),
        FieldKind.Number => Gen.OneOf(NotAnAmount),
        FieldKind.Boolean => Gen.OneOf(NotABoolean),
        FieldKind.Array => Gen.OneOf(Gen.OneOf(NotAnArray), DeepNesting),
        _ => Gen.OneOf(NotAnObject),
    };

    /// <summary>A JSON string literal (escaped, so always valid JSON) holding a nasty, long or random string.</summary>
    public static readonly Gen<string> NastyStringLiteral =
        Gen.Frequency(
            (6, Gen.OneOf(NastyStrings)),
            (2, Gen.Int[256, 60_000].Select(n => new string('A', n))),
            (1, Gen.Int[1, 2_000].Select(n => string.Concat(Enumerable.Repeat("\u00e9\U0001F600\u202E", n)))),
            (3, Gen.Char.Array[0, 200].Select(chars => new string(chars))))
        .Select(Literal);

    /// <summary>Lone surrogates and other escapes that are valid JSON text but not valid Unicode.</summary>
    public static readonly Gen<string> BrokenUnicodeLiteral = Gen.OneOf("\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud83d\"", "\"\\u0000\"", "\"\\uFFFF\\uFFFE\"");

    public static readonly Gen<string> DeepNesting =
        Gen.Select(Gen.Int[33, 5_000], Gen.Bool, (depth, arrays) => arrays
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth));

    /// <summary>Query-string values (unescaped; the request builder escapes them, or not, per case).</summary>
    public static readonly Gen<string> QueryValue =
        Gen.Frequency(
            (5, Gen.OneOf(NastyStrings)),
            (3, Gen.OneOf("-1", "0", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "99999999999999999999", "1e400", "NaN", "1.5", "0x10", "2147483648", "-2147483649")),
            (2, Gen.OneOf("9999-12-31T23:59:59Z", "0001-01-01", "2026-13-45", "2026-03-16T08:00:00+99:00", "-271821-04-20T00:00:00Z", "275760-09-13T00:00:01Z", "1969-12-31T23:59:59.9999999999Z")),
            (1, Gen.Int[256, 5_000].Select(n => new string('9', n))),
            (1, Gen.Int[256, 5_000].Select(n => new string('q', n))));

    /// <summary>Raw percent-escapes that decode to invalid UTF-8, NUL or separators.</summary>
    public static readonly Gen<string> RawQueryEscape = Gen.OneOf("%FF%FE", "%C0%AF", "%80", "%00", "%E2%80%AE", "%26%3D", "%", "%zz", "%2e%2e%2f");

    public static string Literal(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    /// <summary>Byte sequences that are not UTF-8, to splice into a body.</summary>
    public static readonly Gen<byte[]> InvalidUtf8 = Gen.OneOf<byte[]>([0xFF], [0xFE, 0xFF], [0xC0, 0xAF], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
