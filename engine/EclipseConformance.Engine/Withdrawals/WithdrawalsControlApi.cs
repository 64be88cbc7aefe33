using System.Text.Json;
using EclipseConformance.Engine.Control;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.AtmNetwork;
using EclipseConformance.Simulators.Sms;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// Withdrawals on the control plane: redeem a token (what the ATM network does when a terminal cashes it out; a
/// simulator admin may do it directly), cash a token out at the ATM network simulator as a customer would, and read
/// the SMS gateway simulator's inbox.
/// </summary>
public static class WithdrawalsControlApi
{
    public static IEndpointRouteBuilder MapWithdrawalsControl(this IEndpointRouteBuilder app)
    {
        app.MapPost(EclipseApi.ControlPath + "/withdrawals/{withdrawalId:long}/redeem", async (long withdrawalId, HttpContext http, GatewayKey key,
            WithdrawalLifecycle lifecycle, CancellationToken ct) =>
        {
            var byGateway = key.Matches(http.Request.Headers[GatewayKey.Header]);
            if (!byGateway && Caller.Of(http)?.IsSimulatorAdmin != true)
            {
                return (Caller.Of(http) is null && !http.Request.Headers.ContainsKey(GatewayKey.Header)
                    ? ApiError.Unauthorized("Simulator-admin credentials or the gateway key are required")
                    : ApiError.Forbidden("Only a simulator admin or the ATM network may redeem tokens")).ToResult();
            }

            var body = await ReadOptionalAsync(http, ct);
            if (byGateway && body?.Token is null)
            {
                return ApiError.Validation("token is required").ToResult();
            }

            return WithdrawalsApi.Answer(await lifecycle.ApplyAsync(withdrawalId, WithdrawalTrigger.Redeem, new TransitionRequest(body?.Token, body?.Phone), ct));
        })
        .AllowAnonymous()
        .WithTags("Control")
        .WithSummary("The token was used: SUCCESSFUL, the money leaves the wallet (token and phone are checked when given)");

        var group = app.MapGroup(EclipseApi.ControlPath).RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy).WithTags("Control");
        group.MapGet("/sms", (string? to, int? limit, SimulatorSet simulators, IOptions<WithdrawalsOptions> options) =>
        {
            if (limit is < 1 || limit > options.Value.MaxSmsPageSize)
            {
                return ApiError.Validation($"limit must be between 1 and {options.Value.MaxSmsPageSize}").ToResult();
            }

            if (!simulators.TryGet(SmsGatewaySimulator.SimulatorName, out var sms) || sms is not SmsGatewaySimulator gateway)
            {
                return ApiError.NotFound("The SMS gateway simulator").ToResult();
            }

            var messages = gateway.Inbox.Messages(to is null ? null : WithdrawalPhones.ForSearch(to)).TakeLast(limit ?? 100)
                .Select(m => new SmsView(m.MessageId, m.To, m.From, m.Message, m.Reference, m.Segments, Timestamps.ToWire(m.ReceivedAt)))
                .ToList();
            return Results.Ok(messages);
        })
        .WithSummary("The SMS gateway simulator's inbox, oldest first (the last 'limit' messages, default 100)");

        group.MapPost("/atm/cash-out", async (CashOutRequest body, SimulatorEndpoints endpoints, IHttpClientFactory clients, CancellationToken ct) =>
        {
            if (!endpoints.TryGetBaseUrl(AtmNetworkSimulator.SimulatorName, out var atm))
            {
                return ApiError.NotFound("The ATM network simulator").ToResult();
            }

            var client = clients.CreateClient(WithdrawalUpstreams.HttpClientName);
            using var response = await client.PostAsJsonAsync(new Uri(atm!, "/atm/cash-out"), body, WithdrawalsJsonContext.Default.CashOutRequest, ct);
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            return Results.Ok(new CashOutResponse((int)response.StatusCode, answer));
        })
        .WithSummary("Act as a customer at a terminal of the ATM network simulator; answers the network's status and body");
        return app;
    }

    private static async Task<RedeemRequest?> ReadOptionalAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.ContentLength is 0 || (http.Request.ContentLength is null && !http.Request.Headers.ContainsKey("Transfer-Encoding")))
        {
            return null;
        }

        return await JsonSerializer.DeserializeAsync(http.Request.Body, WithdrawalsJsonContext.Default.RedeemRequest, ct);
    }
}
