using System.Text;
using System.Text.Encodings.Web;
using EclipseConformance.Engine.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Identity;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;jwt&gt;</c> (every Eclipse route) and, for the simulator admin's
/// convenience with curl, <c>Authorization: Basic</c> (control plane only: such a caller carries no tenant role).
/// The validated <see cref="Caller"/> is put on the request for features to read.
/// </summary>
public sealed class EclipseAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenService tokens,
    BasicCredentials basic)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Eclipse";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        Caller? caller;
        string? failure;
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            (caller, failure) = await tokens.ValidateAsync(header["Bearer ".Length..].Trim());
        }
        else if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            (caller, failure) = await basic.VerifyAsync(header["Basic ".Length..].Trim(), Context.RequestAborted);
        }
        else
        {
            (caller, failure) = (null, "Unsupported Authorization scheme; use Bearer <jwt>");
        }

        if (caller is null)
        {
            Context.Features.Set(new AuthFailure(failure ?? "Invalid credentials"));
            return AuthenticateResult.Fail(failure ?? "Invalid credentials");
        }

        Context.Features.Set(caller);
        return AuthenticateResult.Success(new AuthenticationTicket(TokenService.ToPrincipal(caller, SchemeName), SchemeName));
    }

    internal static string? DecodeBasic(string encoded)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
