using System.Globalization;
using System.Text.Json.Nodes;

namespace EclipseConformance.Features.Steps;

/// <summary>One scenario's withdrawal state: the customer's phone, the withdrawal it is about, and the wallet before it.</summary>
public sealed class WithdrawalScenario
{
    public string Phone { get; } = "2782" + Random.Shared.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);

    public string LocalPhone => "0" + Phone[2..];

    public JsonObject? Withdrawal { get; set; }

    public long WithdrawalId => Withdrawal?["withdrawalId"]?.GetValue<long>() ?? throw new InvalidOperationException("No withdrawal was created in this scenario");

    public (decimal Current, decimal Available) WalletBefore { get; set; }

    /// <summary>Every withdrawal the integrator created in this scenario (the pending ones are cancelled when it ends).</summary>
    public List<long> Created { get; } = [];

    public (int Status, JsonObject Answer)? Atm { get; set; }
}
