using System.Text.Json;
using EclipseConformance.Engine.Primitives;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace EclipseConformance.Engine.Vas;

/// <summary>Renders the payment object (HTTP answers and callback bodies alike, with the host's JSON conventions).</summary>
public sealed class PaymentResponses(IOptions<HttpJsonOptions> json)
{
    private static readonly string[] Mechanisms = ["WALLET", "AMT", "SECURE_CODE"];

    public static PaymentResponse From(Payment p) => new(
        p.PaymentId,
        p.ExternalUniqueId,
        p.Status,
        new Money(p.Amount).ToDecimal(),
        p.Description,
        p.Currency,
        AdditionalFields.Read(p.AdditionalFields),
        [],
        p.Phone,
        p.Phone,
        Mechanisms,
        "WALLET",
        Timestamps.ToWire(p.CreatedMs),
        Timestamps.ToWire(p.LastModifiedMs),
        p.PaymentData,
        p.ExtraInfo,
        new PaymentInstrumentInfo(p.Phone),
        new Money(p.Fee).ToDecimal(),
        p.PaymentReference,
        p.WalletId,
        p.CustomerId,
        PaymentIds.Gateway(p.PaymentId),
        EmptyObject.Instance,
        p.TracingContext,
        PaymentStatus.IsFailure(p.Status) ? p.ErrorDescription : null);

    /// <summary>The exact JSON a GET would answer (the callback body).</summary>
    public string Json(Payment p) => JsonSerializer.Serialize(From(p), json.Value.SerializerOptions.GetTypeInfo(typeof(PaymentResponse)));
}
