using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EclipseConformance.Simulators;

/// <summary>
/// Makes the ASP.NET Core <see cref="HttpContext"/> of the request being answered visible to the
/// WireMock callback (which only sees WireMock's request message), so a fault can abort the
/// connection or stop waiting when the client has gone. Installed before WireMock's middleware.
/// </summary>
internal static class HttpContextSlot
{
    private static readonly AsyncLocal<HttpContext?> CurrentContext = new();

    public static HttpContext? Current => CurrentContext.Value;

    public static void Install(object applicationBuilder)
    {
        var app = (IApplicationBuilder)applicationBuilder;
        app.Use(async (context, next) =>
        {
            CurrentContext.Value = context;
            try
            {
                await next(context);
            }
            finally
            {
                CurrentContext.Value = null;
            }
        });
    }
}
