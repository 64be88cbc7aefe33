using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;

namespace EclipseConformance.Features.Support;

/// <summary>
/// The secrets and personal numbers one scenario sent or was given, harvested from its HTTP exchanges: passwords,
/// JWTs and withdrawal tokens, signature keys set as tenant config items (any <c>*Key</c> item), national id and
/// passport numbers in bodies and query strings. <see cref="SecretScanHooks"/> then looks for them where the engine
/// keeps text. Digit-only values shorter than <see cref="MinDigits"/> are left out: they collide with ids and amounts.
/// </summary>
public sealed class SecretWatch
{
    public const int MinDigits = 10;
    private const int MinLength = 6;

    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "newPassword", "currentPassword", "oldPassword", "jwt", "token", "secret", "signingKey",
    };

    private static readonly HashSet<string> PersonalNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "nationalIdentityNumber", "passportNumber",
    };

    private readonly ConcurrentDictionary<string, byte> _secrets = new();
    private readonly ConcurrentDictionary<string, byte> _personal = new();

    public IReadOnlyCollection<string> Secrets => [.. _secrets.Keys];

    public IReadOnlyCollection<string> Personal => [.. _personal.Keys];

    public void Observe(Uri? uri, string? requestBody, string responseBody)
    {
        if (uri is not null && uri.Query.Length > 1)
        {
            var query = HttpUtility.ParseQueryString(uri.Query);
            foreach (var name in query.AllKeys.OfType<string>())
            {
                Keep(name, query[name]);
            }
        }

        Walk(Parse(requestBody));
        Walk(Parse(responseBody));
    }

    private static JsonNode? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item);
                }

                break;
            case JsonObject item:
                if (Text(item["key"]) is { } key && key.EndsWith("Key", StringComparison.OrdinalIgnoreCase))
                {
                    Add(_secrets, Text(item["value"]));
                }

                foreach (var (name, value) in item)
                {
                    Keep(name, Text(value));
                    Walk(value);
                }

                break;
        }
    }

    private void Keep(string name, string? value)
    {
        if (SecretNames.Contains(name))
        {
            Add(_secrets, value);
        }
        else if (PersonalNames.Contains(name))
        {
            Add(_personal, value);
        }
    }

    private static void Add(ConcurrentDictionary<string, byte> into, string? value)
    {
        if (value is { Length: >= MinLength } && (value.Length >= MinDigits || !value.All(char.IsAsciiDigit)) && !value.Contains('*'))
        {
            into.TryAdd(value, 0);
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
