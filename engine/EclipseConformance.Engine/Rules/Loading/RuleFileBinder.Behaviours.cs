using System.Globalization;
using EclipseConformance.Simulators;
using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

public sealed partial class RuleFileBinder
{
    private List<SimulatorBehaviour> BindBehaviours(JArray? section, IReadOnlyCollection<string> upstreams)
    {
        var behaviours = new List<SimulatorBehaviour>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in section?.OfType<JObject>() ?? [])
        {
            var name = token.Value<string>("name")!;
            if (!names.Add(name))
            {
                Problem(token["name"], $"another behaviour in this file is already named '{name}'");
                continue;
            }

            var upstream = token.Value<string>("upstream")!;
            if (!upstreams.Contains(upstream, StringComparer.OrdinalIgnoreCase))
            {
                Problem(token["upstream"], $"unknown upstream '{upstream}' (known: {string.Join(", ", upstreams)})");
                continue;
            }

            var spec = Fault(token, name);
            var invalid = spec.Validate();
            if (invalid.Count > 0)
            {
                Problem(token["then"], string.Join(" ", invalid));
                continue;
            }

            behaviours.Add(new SimulatorBehaviour(name, upstream.ToLowerInvariant(), spec, token.Value<string>("description"), _file.Source.Name, Bool(token["enabled"], true)));
        }

        return behaviours;
    }

    private FaultSpec Fault(JObject token, string name)
    {
        var when = token["when"] as JObject;
        var then = (JObject)token["then"]!;
        var kind = System.Enum.Parse<FaultKind>(then.Value<string>("kind")!);
        var delay = Duration(token["after"], TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromHours(1));
        return new FaultSpec
        {
            Id = SimulatorBehaviour.FaultIdFor(name),
            Description = token.Value<string>("description") ?? $"rule behaviour '{name}' ({_file.Source.Name})",
            Count = token["count"] is JValue { Type: JTokenType.Integer } count ? count.Value<int>() : null,
            Match = new FaultMatch
            {
                Method = when?.Value<string>("method"),
                Path = when?.Value<string>("path"),
                Operation = when?.Value<string>("operation"),
                BodyContains = when?.Value<string>("bodyContains"),
                Field = when?.Value<string>("field"),
                FieldEquals = when?["equals"] is JValue { Value: { } equals } ? (equals is bool b ? (b ? "true" : "false") : Convert.ToString(equals, CultureInfo.InvariantCulture)) : null,
            },
            Outcome = new FaultOutcome
            {
                Kind = kind,
                Delay = delay,
                ProcessFirst = Bool(then["processFirst"], false),
                StatusCode = Int(then["status"], 0),
                Body = then.Value<string>("body"),
                ContentType = then.Value<string>("contentType"),
                ErrorCode = then["errorCode"] is JValue { Value: { } code } ? Convert.ToString(code, CultureInfo.InvariantCulture) : null,
                ErrorMessage = then.Value<string>("errorMessage"),
            },
        };
    }
}
