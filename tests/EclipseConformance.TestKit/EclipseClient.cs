using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EclipseConformance.TestKit;

/// <summary>A deliberately thin HTTP client for tests: raw JSON in, status + JSON out, no product code shared.</summary>
public sealed class EclipseClient(HttpClient http) : IDisposable
{
    public const string Base = "eclipse-conductor/rest/v1/";

    public HttpClient Http => http;

    public string? Token { get; private set; }

    public JsonObject? LastLogin { get; private set; }

    public async Task LoginAsync(string identity, string password)
    {
        var response = await PostAsync("authentication/login", new { identity, password });
        response.EnsureStatus(HttpStatusCode.OK);
        UseToken(response.Json!["headerValue"]!.GetValue<string>()["Bearer ".Length..]);
        LastLogin = response.Json.AsObject();
    }

    public void UseToken(string? jwt)
    {
        Token = jwt;
        http.DefaultRequestHeaders.Authorization = jwt is null ? null : new AuthenticationHeaderValue("Bearer", jwt);
    }

    public void UseBasic(string identity, string password) =>
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{identity}:{password}")));

    /// <summary>Paths without a leading slash are relative to the Eclipse base; "/sim/v1/..." is absolute.</summary>
    public Task<ApiResponse> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, Url(path)));

    public Task<ApiResponse> DeleteAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Delete, Url(path)));

    public Task<ApiResponse> PostAsync(string path, object? body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, Url(path)) { Content = body is null ? null : JsonContent.Create(body, options: JsonOptions) });

    public Task<ApiResponse> PutAsync(string path, object? body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Put, Url(path)) { Content = JsonContent.Create(body, options: JsonOptions) });

    /// <summary>Sends a raw body (malformed JSON and other hostile input).</summary>
    public Task<ApiResponse> SendRawAsync(HttpMethod method, string path, string body, string contentType = "application/json") =>
        SendAsync(new HttpRequestMessage(method, Url(path)) { Content = new StringContent(body, Encoding.UTF8, contentType) });

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            JsonNode? json = null;
            if (text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
            {
                json = JsonNode.Parse(text);
            }

            return new ApiResponse(response.StatusCode, text, json, response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase));
        }
    }

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static string Url(string path) => path.StartsWith('/') ? path[1..] : Base + path;

    public void Dispose() => http.Dispose();
}
