using EclipseConformance.Engine.Vas;

namespace EclipseConformance.Engine.Tests.Vas.Support.TestProviders;

/// <summary>A minimal two-step provider (partner 901) over the <see cref="TestUpstream"/>, standing in for issue 7's Scan to Pay et al.</summary>
public sealed class TestTwoStepProvider(TestUpstreamAddress upstream, TimeProvider time) : ITwoStepProvider, IDisposable
{
    public const string ClassName = "test.TwoStepProvider";
    private readonly HttpClient _http = new();

    public string Key => "test-two-step";

    public string ProviderClassName => ClassName;

    public IReadOnlyList<long> PartnerIds { get; } = [901];

    public VasFlow Flow => VasFlow.TwoStep;

    public string? Currency => null;

    public Task<VasAnswer<IReadOnlyList<VasPartner>>> GetCatalogAsync(long tenantId, long partnerId, string? query, CancellationToken cancellationToken) =>
        Task.FromResult(new VasAnswer<IReadOnlyList<VasPartner>>([TestCatalog.Partner(901, "Test Two-Step")], null));

    public Task<VasAnswer<VasProductSelection>> SelectAsync(long tenantId, long partnerId, string productPart, IReadOnlyList<AdditionalField> fields, CancellationToken cancellationToken) =>
        Task.FromResult(TestCatalog.Select(partnerId, productPart));

    public IReadOnlyList<string> ValidateUpdate(PaymentUpdateRequest update) => update.LandingUrl is null ? ["landingUrl is required"] : [];

    public async Task<ProviderStep> CompleteAsync(VasWork work, CancellationToken cancellationToken)
    {
        var (body, _, unknown) = await TestUpstreamCall.SendAsync(_http, time, HttpMethod.Post, new Uri(upstream.BaseUrl, "/complete"),
            new { reference = work.GatewayTransactionId, account = work.Field("account"), amount = work.Amount }, cancellationToken);
        return unknown ?? (body!["status"]!.GetValue<string>() == "DONE"
            ? ProviderStep.Approved($$"""{"receipt":"{{body["receipt"]}}"}""")
            : ProviderStep.Declined(body["message"]!.GetValue<string>()));
    }

    public async Task<ProviderStep> CheckAsync(VasWork work, CancellationToken cancellationToken)
    {
        var (body, status, unknown) = await TestUpstreamCall.SendAsync(_http, time, HttpMethod.Get, new Uri(upstream.BaseUrl, "/status/" + work.GatewayTransactionId), null, cancellationToken);
        return unknown ?? (status == 404 ? ProviderStep.NotFound("The upstream has no such completion") : ProviderStep.Approved($$"""{"receipt":"{{body!["receipt"]}}"}"""));
    }

    public void Dispose() => _http.Dispose();
}
