using System.Text.Json;
using System.Text.Json.Serialization;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Withdrawals;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(Scale9DecimalConverter)])]
[JsonSerializable(typeof(CreateWithdrawalRequest))]
[JsonSerializable(typeof(RedeemRequest))]
[JsonSerializable(typeof(CashOutRequest))]
[JsonSerializable(typeof(CashOutResponse))]
[JsonSerializable(typeof(WithdrawalView))]
[JsonSerializable(typeof(List<WithdrawalView>))]
[JsonSerializable(typeof(List<SmsView>))]
[JsonSerializable(typeof(BankAccount))]
internal sealed partial class WithdrawalsJsonContext : JsonSerializerContext;
