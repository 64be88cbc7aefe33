using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.TestKit;

namespace EclipseConformance.Features.Drivers;

/// <summary>
/// VAS purchases as a Botswana channel makes them: the BWP tenant's API user, one customer wallet per scenario, the
/// document's requests, polling as the document recommends (bounded), and simulator behaviours set through
/// <c>PUT /sim/v1/rules</c> (removed after the scenario).
/// </summary>
public sealed class VasDriver(EclipseApi api, ControlPlane control) : IDisposable
{
    private EclipseClient? _client;
    private EclipseClient? _admin;
    private bool _rulesChanged;

    public long TenantId { get; private set; }

    public long CustomerId { get; private set; }

    public long WalletId { get; private set; }

    public long? PaymentId { get; private set; }

    public string? LastBody { get; private set; }

    public JsonObject? Payment { get; private set; }

    public EclipseClient Client => _client ?? throw new InvalidOperationException("Log in as the Botswana tenant first");

    /// <summary>The logged-in tenant's currency (BWP unless a scenario chose another tenant).</summary>
    public string Currency { get; private set; } = "BWP";

    /// <summary>Logs in as the API user of the first tenant in <paramref name="currency"/> (Botswana by default; KES/UGX for DTB).</summary>
    public Task LogInAsync(string currency = "BWP") => LogInAsync(api.Seed.Tenants.First(t => t.Currency == currency));

    /// <summary>Logs in as the API user of <paramref name="tenantId"/> (e.g. 1001, South Africa).</summary>
    public Task LogInAsync(long tenantId) => LogInAsync(api.Seed.Tenants.First(t => t.TenantId == tenantId));

    private async Task LogInAsync(SeedDocument.Tenant tenant)
    {
        Currency = tenant.Currency;
        _client = api.NewClient();
        await _client.LoginAsync(tenant.Identity, tenant.Password);
        TenantId = tenant.TenantId;
    }

    public async Task OpenWalletAsync(decimal balance)
    {
        var customer = await Client.PostAsync($"tenants/{TenantId}/customers", new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "Kagiso", lastName = "Spec" });
        customer.Code.Should().Be(201, customer.Text);
        CustomerId = customer.Json!["customerId"]!.GetValue<long>();
        var wallet = await Client.PostAsync($"tenants/{TenantId}/customers/{CustomerId}/wallets", new { name = "Main wallet" });
        wallet.Code.Should().Be(201, wallet.Text);
        WalletId = wallet.Json!["walletId"]!.GetValue<long>();
        await control.FundAsync(WalletId, balance);
    }

    /// <summary>Sends a document body with this scenario's wallet and a fresh externalUniqueId.</summary>
    public async Task<ApiResponse> SendAsync(string documentBody, params (string From, string To)[] replacements)
    {
        var body = documentBody.Replace("{{$randomUUID}}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("2536583", WalletId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        foreach (var (from, to) in replacements)
        {
            body = body.Replace(from, to, StringComparison.Ordinal);
        }

        return await SendRawAsync(body);
    }

    public async Task<ApiResponse> SendRawAsync(string body)
    {
        LastBody = body;
        var response = await api.RememberAsync(Client.SendRawAsync(HttpMethod.Post, $"tenants/{TenantId}/customers/{CustomerId}/payments", body));
        if (response.Code == 200)
        {
            PaymentId = response.Json!["paymentId"]!.GetValue<long>();
            Payment = response.Json.AsObject();
        }

        return response;
    }

    /// <summary>
    /// The two-step PUT of the last payment with a document body (this scenario's wallet for 2536583, the payment's key
    /// for {{externalUniqueId}}); when
    /// <paramref name="timeoutPasses"/>, the target's clock is moved past the provider timeout while the PUT waits (bounded).
    /// </summary>
    public async Task<ApiResponse> UpdateAsync(string documentBody, bool timeoutPasses = false)
    {
        var body = documentBody.Replace("2536583", WalletId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{externalUniqueId}}", Payment?["externalUniqueId"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        var put = Client.SendRawAsync(HttpMethod.Put, $"tenants/{TenantId}/payments/{PaymentId}", body);
        for (var i = 0; timeoutPasses && i < 20 && !put.IsCompleted; i++)
        {
            await Task.WhenAny(put, Task.Delay(300));
            if (!put.IsCompleted)
            {
                await control.AdvanceClockAsync(TimeSpan.FromSeconds(31));
            }
        }

        var response = await api.RememberAsync(put);
        if (response.Code == 200)
        {
            Payment = response.Json!.AsObject();
        }

        // An engine that stopped waiting for the provider answers PENDING; like a channel, poll while the timeout passes.
        for (var i = 0; timeoutPasses && response.Code == 200 && i < 20 && !IsFinal(Payment!); i++)
        {
            await control.AdvanceClockAsync(TimeSpan.FromSeconds(31));
            await Task.Delay(100);
            await ReadAsync();
        }

        return response;
    }

    public async Task<JsonObject> ReadAsync()
    {
        var response = await api.RememberAsync(Client.GetAsync($"tenants/{TenantId}/payments/{PaymentId}"));
        response.Code.Should().Be(200, response.Text);
        return Payment = response.Json!.AsObject();
    }

    /// <summary>The document's rule: final when SUCCESSFUL with extraInfo, or a failure status.</summary>
    public static bool IsFinal(JsonObject payment) => payment["status"]!.GetValue<string>() switch
    {
        "SUCCESSFUL" => payment["extraInfo"] is not null,
        "PENDING" or "BUILDING" => false,
        _ => true,
    };

    /// <summary>Polls GET (bounded, real time) until the payment is final.</summary>
    public async Task<JsonObject> PollUntilFinalAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var payment = await ReadAsync();
        while (!IsFinal(payment) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            payment = await ReadAsync();
        }

        return payment;
    }

    /// <summary>Moves the target's clock past the provider timeout until the payment is final (a bounded number of times).</summary>
    public async Task<JsonObject> AdvanceUntilFinalAsync()
    {
        for (var i = 0; i < 20; i++)
        {
            var payment = await PollUntilFinalAsync(TimeSpan.FromMilliseconds(300));
            if (IsFinal(payment))
            {
                return payment;
            }

            await control.AdvanceClockAsync(TimeSpan.FromSeconds(31));
        }

        return await PollUntilFinalAsync(TimeSpan.FromSeconds(5));
    }

    /// <summary>Replaces the target's runtime rule document (simulator behaviours); removed when the scenario ends.</summary>
    public async Task SetRulesAsync(string document)
    {
        var response = await Admin().SendRawAsync(HttpMethod.Put, "/sim/v1/rules", document, "application/yaml");
        response.Code.Should().Be(200, response.Text);
        _rulesChanged = true;
    }

    public async Task<decimal> BalanceAsync()
    {
        var wallet = await Client.GetAsync($"tenants/{TenantId}/wallets/{WalletId}");
        return wallet.Json!["currentBalance"]!.GetValue<decimal>();
    }

    public void Dispose()
    {
        if (_rulesChanged)
        {
            Admin().DeleteAsync("/sim/v1/rules").GetAwaiter().GetResult();
        }

        _client?.Dispose();
        _admin?.Dispose();
    }

    private EclipseClient Admin()
    {
        if (_admin is null)
        {
            var (identity, password) = api.Target.Admin ?? throw new InvalidOperationException("The target has no control plane");
            _admin = api.NewClient();
            _admin.UseBasic(identity, password);
        }

        return _admin;
    }
}
