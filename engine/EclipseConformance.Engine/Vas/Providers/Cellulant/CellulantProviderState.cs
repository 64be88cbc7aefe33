using System.Text.Json;
using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Vas;

/// <summary>What the Cellulant provider keeps on a payment from the POST: the country and the parts of the product id.</summary>
public sealed record CellulantProviderState(string CountryCode, string Msisdn, string AccountNumber, string ServiceCode, string PackageCode)
{
    public static CellulantProviderState Read(string json)
    {
        var node = JsonNode.Parse(json) as JsonObject ?? [];
        string Get(string name) => node[name]?.GetValue<string>() ?? "";
        return new CellulantProviderState(Get("countryCode"), Get("msisdn"), Get("accountNumber"), Get("serviceCode"), Get("packageCode"));
    }

    public string Write() => new JsonObject
    {
        ["countryCode"] = CountryCode,
        ["msisdn"] = Msisdn,
        ["accountNumber"] = AccountNumber,
        ["serviceCode"] = ServiceCode,
        ["packageCode"] = PackageCode,
    }.ToJsonString(JsonSerializerOptions.Default);
}
