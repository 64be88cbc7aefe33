using EclipseConformance.Engine.Primitives;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace EclipseConformance.Engine.Host;

/// <summary>
/// The two OpenAPI documents — the Eclipse surface (<c>/openapi/eclipse.json</c>) and the simulator's control plane
/// (<c>/openapi/control.json</c>) — generated from the route table, and interactive docs at <c>/docs</c> (Scalar, served
/// from the engine: no CDN). Copies are committed in docs/openapi/ and a test keeps them in sync.
/// </summary>
public static class ApiDocs
{
    public const string Eclipse = "eclipse";
    public const string Control = "control";

    public static IServiceCollection AddApiDocs(this IServiceCollection services)
    {
        services.AddOpenApi(Eclipse, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith(EclipseApi.BasePath[1..], StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Eclipse REST API — EclipseConformance reference engine",
                    Version = "v1",
                    Description = "The Eclipse digital-wallet API as the reference engine implements it (base /eclipse-conductor/rest/v1). " +
                        "Every status >= 400 carries Eclipse's error envelope: a JSON array of {type, severity, description, code, traceId, spanId}. " +
                        "Authenticate with POST /authentication/login and send the header Authorization: Bearer {token}.",
                };
                document.Servers = [new OpenApiServer { Url = "http://127.0.0.1:8080" }];
                return Task.CompletedTask;
            });
        });
        services.AddOpenApi(Control, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith(EclipseApi.ControlPath[1..], StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "EclipseConformance control plane",
                    Version = "v1",
                    Description = "Steer the simulator: seed, clock, funding, faults, journal, callbacks, rules, ledger invariants. " +
                        "Simulator-admin credentials (HTTP Basic or a JWT with the SIMULATOR_ADMIN role); /sim/v1/health is anonymous.",
                };
                document.Servers = [new OpenApiServer { Url = "http://127.0.0.1:8080" }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().ExcludeFromDescription();
        app.MapScalarApiReference("/docs", o =>
        {
            o.WithTitle("EclipseConformance API docs");
            o.AddDocument(Eclipse, "Eclipse REST API", "/openapi/eclipse.json");
            o.AddDocument(Control, "Control plane", "/openapi/control.json");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
