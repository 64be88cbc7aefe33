using System.Text.Json.Nodes;
using EclipseConformance.Engine.Vas;

namespace EclipseConformance.Engine.Tests.Vas.Support.TestProviders;

/// <summary>A minimal PENDING-flow provider (partner 902) over the <see cref="TestUpstream"/>, standing in for issue 7's DTB.</summary>
public sealed class TestPendingProvider(TestUpstreamAddress upstream, TimeProvider time) : IPendingConfirmationProvider, IDisposable
{
    public const string ClassName = "test.PendingProvider";
    private readonly HttpClient _http = new();

    public string Key => "test-pending";

    public string ProviderClassName => ClassName;

    public IReadOnlyList<long> PartnerIds { get; } = [902];

    public VasFlow Flow => VasFlow.PendingConfirmation;

    public string? Currency => null;

    public Task<VasAnswer<IReadOnlyList<VasPartner>>> GetCatalogAsync(long tenantId, long partnerId, string? query, CancellationToken cancellationToken) =>
        Task.FromResult(new VasAnswer<IReadOnlyList<VasPartner>>([TestCatalog.Partner(902, "Test Pending")], null));

    public Task<VasAnswer<VasProductSelection>> SelectAsync(long tenantId, long partnerId, string productPart, IReadOnlyList<AdditionalField> fields, CancellationToken cancellationToken) =>
        Task.FromResult(TestCatalog.Select(partnerId, productPart));

    public async Task<ProviderStep> SubmitAsync(VasWork work, CancellationToken cancellationToken)
    {
        var (body, _, unknown) = await TestUpstreamCall.SendAsync(_http, time, HttpMethod.Post, new Uri(upstream.BaseUrl, "/submit"),
            new { reference = work.GatewayTransactionId, account = work.Field("account"), amount = work.Amount }, cancellationToken);
        return unknown ?? ProviderStep.Pending(ExtraInfo(body!, "PENDING"));
    }

    public async Task<ProviderStep> QueryAsync(VasWork work, CancellationToken cancellationToken)
    {
        var (body, status, unknown) = await TestUpstreamCall.SendAsync(_http, time, HttpMethod.Get, new Uri(upstream.BaseUrl, "/submission/" + work.GatewayTransactionId), null, cancellationToken);
        if (unknown is not null)
        {
            return unknown;
        }

        return status == 404 ? ProviderStep.NotFound("The bank has no such submission") : body!["status"]!.GetValue<string>() switch
        {
            "SUCCESS" => ProviderStep.Approved(ExtraInfo(body, "SUCCESS")),
            "FAILED" => ProviderStep.Declined(body["message"]!.GetValue<string>(), FailureKind.Temporary),
            _ => ProviderStep.Pending(),
        };
    }

    public void Dispose() => _http.Dispose();

    private static string ExtraInfo(JsonNode body, string status) =>
        new JsonObject { ["dtbReference"] = body["dtbReference"]!.GetValue<string>(), ["dtbStatus"] = status }.ToJsonString();
}
