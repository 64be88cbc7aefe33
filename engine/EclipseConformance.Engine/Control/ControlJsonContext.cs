using System.Text.Json;
using System.Text.Json.Serialization;
using EclipseConformance.Engine.Control.Faults;
using EclipseConformance.Engine.Control.Journal;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Control;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(Scale9DecimalConverter)])]
[JsonSerializable(typeof(FundWalletRequest))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(ClockChange))]
[JsonSerializable(typeof(ClockResponse))]
[JsonSerializable(typeof(List<JournalView>))]
[JsonSerializable(typeof(FaultRequest))]
[JsonSerializable(typeof(FaultView))]
[JsonSerializable(typeof(List<FaultView>))]
[JsonSerializable(typeof(List<SimulatorView>))]
[JsonSerializable(typeof(IReadOnlyList<TenantOverview>))]
[JsonSerializable(typeof(Reset.ResetReport))]
internal sealed partial class ControlJsonContext : JsonSerializerContext;
