using System.Text.Json;
using System.Text.Json.Serialization;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Ledger;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(Scale9DecimalConverter)])]
[JsonSerializable(typeof(TransactionItem))]
[JsonSerializable(typeof(List<TransactionItem>))]
[JsonSerializable(typeof(IReadOnlyList<TransactionItem>))]
[JsonSerializable(typeof(InvariantReport))]
[JsonSerializable(typeof(LedgerWriterStats))]
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
internal sealed partial class LedgerJsonContext : JsonSerializerContext;
