using System.Text.Json;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// The one serialisation of a withdrawal: the HTTP answers and the callback body are these exact bytes
/// (camelCase, nulls omitted, amounts at scale 9), so "the callback equals the query" holds by construction.
/// </summary>
public static class WithdrawalJson
{
    public static string Serialize(Withdrawal withdrawal) => JsonSerializer.Serialize(WithdrawalView.From(withdrawal), WithdrawalsJsonContext.Default.WithdrawalView);

    public static string Serialize(IEnumerable<Withdrawal> withdrawals) =>
        JsonSerializer.Serialize(withdrawals.Select(WithdrawalView.From).ToList(), WithdrawalsJsonContext.Default.ListWithdrawalView);

    public static IResult Ok(string json) => Results.Text(json, "application/json", statusCode: StatusCodes.Status200OK);
}
