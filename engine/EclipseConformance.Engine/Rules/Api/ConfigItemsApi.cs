using System.Text.Json;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// <c>GET/PUT /tenants/{t}/config-items</c> (global admin, or the tenant's own system user; ADR 0015) and the global
/// items at <c>GET/PUT /sim/v1/config-items</c> (simulator admin). PUT upserts the posted items (a null value removes
/// the runtime item, uncovering a rule-file value) and answers the tenant's items after the change.
/// </summary>
public static class ConfigItemsApi
{
    public const int MaxItemsPerPut = 500;

    public static IEndpointRouteBuilder MapConfigItems(this IEndpointRouteBuilder app)
    {
        var tenant = app.MapTenantGroup().WithTags("Tenant config");
        tenant.MapGet("/config-items", async (long tenantId, HttpContext context, LayeredTenantConfig config, CancellationToken ct) =>
            CanManage(context) is { } denied ? denied : Results.Ok(await config.ListWithSourceAsync(tenantId, ct)))
            .WithSummary("The tenant's config items (runtime items over rule-file items)");
        tenant.MapPut("/config-items", async (long tenantId, HttpContext context, LayeredTenantConfig config, ConfigItemWriter writer, CancellationToken ct) =>
            CanManage(context) ?? await PutAsync(tenantId, context.Request, config, writer, ct))
            .WithSummary("Set (or with a null value remove) config items of the tenant");

        var control = app.MapGroup(EclipseApi.ControlPath).RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy).WithTags("Control");
        control.MapGet("/config-items", async (LayeredTenantConfig config, CancellationToken ct) => Results.Ok(await config.ListWithSourceAsync(0, ct)))
            .WithSummary("The global config items (tenant 0)");
        control.MapPut("/config-items", (HttpRequest request, LayeredTenantConfig config, ConfigItemWriter writer, CancellationToken ct) =>
            PutAsync(0, request, config, writer, ct))
            .WithSummary("Set (or with a null value remove) global config items");
        return app;
    }

    /// <summary>Every problem with a PUT body, or null when it may be written.</summary>
    public static ApiError? Validate(ConfigItem[]? items)
    {
        if (items is null || items.Length == 0)
        {
            return ApiError.Validation("A JSON array of {key, value} config items is required");
        }

        if (items.Length > MaxItemsPerPut)
        {
            return ApiError.Validation($"At most {MaxItemsPerPut} config items per request");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item?.Key is null)
            {
                return ApiError.Validation("Every config item needs a key");
            }

            if (!seen.Add(item.Key))
            {
                return ApiError.Validation($"Config item '{item.Key}' appears more than once");
            }

            if (ConfigItemRules.Check(item.Key, item.Value) is { } problem)
            {
                return ApiError.Validation($"Config item '{item.Key}': {problem}");
            }
        }

        return null;
    }

    /// <summary>The body is read here, after the tenant and role checks, so an intruder learns nothing from a parse error.</summary>
    private static async Task<IResult> PutAsync(long tenantId, HttpRequest request, LayeredTenantConfig config, ConfigItemWriter writer, CancellationToken ct)
    {
        ConfigItem[]? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, RulesJsonContext.Default.ConfigItemArray, ct);
        }
        catch (JsonException ex)
        {
            return ErrorEnvelopeMiddleware.FromJson(ex).ToResult();
        }

        if (Validate(body) is { } invalid)
        {
            return invalid.ToResult();
        }

        await writer.WriteAsync(tenantId, body!.Select(i => i with { Source = null }).ToArray(), ct);
        return Results.Ok(await config.ListWithSourceAsync(tenantId, ct));
    }

    private static IResult? CanManage(HttpContext context) =>
        Caller.Of(context) is { } caller && TenantPermissions.CanManageTenant(caller)
            ? null
            : ApiError.Forbidden("Only the tenant's system user or a global admin may manage config items").ToResult();
}
