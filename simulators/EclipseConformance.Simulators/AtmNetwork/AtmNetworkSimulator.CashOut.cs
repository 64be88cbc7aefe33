using System.Globalization;
using System.Text.Json;

namespace EclipseConformance.Simulators.AtmNetwork;

/// <summary>The cash-out at a terminal: check the token and phone, ask the issuer to authorise over HTTP, dispense once.</summary>
public sealed partial class AtmNetworkSimulator
{
    private async Task<SimResponse> CashOutAsync(SimRequest request, CancellationToken cancellationToken)
    {
        if (!TryRead<AtmCashOutRequest>(request, out var body, out var invalid))
        {
            return invalid;
        }

        if (string.IsNullOrEmpty(body.Gateway) || string.IsNullOrEmpty(body.Token))
        {
            return Refused(400, "DECLINED", "MISSING_FIELD", "'gateway' and 'token' are required.");
        }

        var token = Tokens.FindByToken(body.Gateway, body.Token);
        if (token is null)
        {
            return Refused(404, "DECLINED", "INVALID_TOKEN", "The token is not valid at this network.");
        }

        if (token.Status == AtmTokenStatus.Redeemed)
        {
            return Refused(409, "DECLINED", "ALREADY_REDEEMED", "The token was already used.");
        }

        if (token.Phone is not null && (body.Phone is null || Digits(body.Phone) != token.Phone))
        {
            return Refused(403, "DECLINED", "PHONE_MISMATCH", "The phone number does not match the token.");
        }

        if (body.Amount is { } amount && amount != token.Amount)
        {
            return Refused(400, "DECLINED", "AMOUNT_MISMATCH", "The amount does not match the token.");
        }

        if (token.Expires is { } expires && Clock.GetUtcNow() >= expires)
        {
            return Refused(410, "DECLINED", "TOKEN_EXPIRED", "The token has expired.");
        }

        if (!Tokens.TryBegin(token.Reference))
        {
            return Refused(409, "DECLINED", "IN_PROGRESS", "The token is being used at another terminal.");
        }

        AtmToken? redeemed = null;
        try
        {
            var (authorised, status, reason) = await AuthoriseAsync(token, body, cancellationToken);
            if (!authorised)
            {
                return status is >= 500 or 0
                    ? Refused(502, "DECLINED", "ISSUER_UNAVAILABLE", reason)
                    : Refused(402, "DECLINED", "NOT_AUTHORISED", reason);
            }

            redeemed = token with { Status = AtmTokenStatus.Redeemed, RedeemedAt = Clock.GetUtcNow(), TerminalId = body.TerminalId };
            return SimResponse.Json(200, new
            {
                status = "DISPENSED",
                reference = token.Reference,
                gateway = token.Gateway,
                amount = token.Amount,
                currency = token.Currency,
                authorisationCode = Random.NextDigits(6),
            });
        }
        finally
        {
            Tokens.End(token.Reference, redeemed);
        }
    }

    /// <summary>Asks the issuer over HTTP; (true, status, "") when it answered 2xx.</summary>
    private async Task<(bool Authorised, int Status, string Reason)> AuthoriseAsync(AtmToken token, AtmCashOutRequest body, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, token.AuthoriseUrl)
        {
            Content = JsonContent(new
            {
                reference = token.Reference,
                gateway = token.Gateway,
                token = token.Token,
                phone = body.Phone is null ? null : Digits(body.Phone),
                amount = token.Amount,
                terminalId = body.TerminalId,
            }),
        };
        message.Headers.TryAddWithoutValidation(KeyHeader, token.AuthoriseKey);
        try
        {
            using var response = await _issuer.SendAsync(message, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            return status is >= 200 and < 300 ? (true, status, "") : (false, status, DescriptionOf(text) ?? $"The issuer answered {status}.");
        }
        catch (HttpRequestException ex)
        {
            return (false, 0, "The issuer could not be reached: " + ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, 0, string.Create(CultureInfo.InvariantCulture, $"The issuer did not answer within {_issuer.Timeout.TotalSeconds} s."));
        }
    }

    /// <summary>The first description of an Eclipse error envelope, if the body is one.</summary>
    private static string? DescriptionOf(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() > 0
                && array[0].TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String
                ? description.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
