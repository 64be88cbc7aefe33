using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EclipseConformance.Engine.Identity;

/// <summary><c>/authentication/login</c>, <c>/renew</c> and <c>/login-challenges</c>.</summary>
public static class IdentityApi
{
    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(EclipseApi.BasePath + "/authentication").AllowAnonymous().WithTags("Authentication").WithErrorEnvelope(400, 401, 429);

        group.MapPost("/login", async (LoginRequest body, HttpContext context, LoginService logins, IPolicies policies, CancellationToken ct) =>
            ToResponse(await logins.LoginAsync(body, CallerIp(context), ct), policies))
            .Produces<LoginResponse>()
            .WithSummary("Exchange identity + password (or a PKI challenge answer) for a JWT");

        group.MapPost("/renew", async ([FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RenewRequest? body, HttpContext context, LoginService logins, IPolicies policies, CancellationToken ct) =>
            {
                var header = context.Request.Headers.Authorization.ToString();
                var token = body?.Jwt ?? (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null);
                return ToResponse(await logins.RenewAsync(token, CallerIp(context), ct), policies);
            })
            .Produces<LoginResponse>()
            .WithSummary("Get a fresh JWT for the same session; the old token stops working");

        group.MapGet("/login-challenges", async (string? identity, LoginService logins, IPolicies policies, CancellationToken ct) =>
            {
                var (status, challenge) = await logins.CreateChallengeAsync(identity, ct);
                return challenge is not null
                    ? Results.Ok(challenge)
                    : IdentityErrors.ToApiError(new LoginResult(status, Detail: "identity is required"), policies.Current.Conflicts).ToResult();
            })
            .Produces<LoginChallengeResponse>()
            .WithSummary("Get a PKI challenge encrypted with the identity's public key");

        return app;
    }

    private static IResult ToResponse(LoginResult result, IPolicies policies)
    {
        if (result.Token is not { } token)
        {
            return IdentityErrors.ToApiError(result, policies.Current.Conflicts).ToResult();
        }

        return Results.Ok(new LoginResponse(
            "Authorization",
            "Bearer " + token.Jwt,
            token.SessionId,
            token.TenantId,
            Timestamps.ToWire(token.ExpiresAt),
            token.ExpiresAt.ToUnixTimeSeconds(),
            token.Roles));
    }

    private static string CallerIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "";
}
