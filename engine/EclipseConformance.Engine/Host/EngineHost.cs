using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using EclipseConformance.Engine.Conformance;
using EclipseConformance.Engine.Control;
using EclipseConformance.Engine.Control.Faults;
using EclipseConformance.Engine.Control.Journal;
using EclipseConformance.Engine.Control.Reset;
using EclipseConformance.Engine.Customers;
using EclipseConformance.Engine.Dashboard;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Ledger;
using EclipseConformance.Engine.Lookup;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.RateLimiting;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Transfers;
using EclipseConformance.Engine.Vas;
using EclipseConformance.Engine.Wallets;
using EclipseConformance.Engine.Webhooks;
using EclipseConformance.Engine.Withdrawals;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace EclipseConformance.Engine.Host;

/// <summary>
/// Builds the reference engine. <c>Program.cs</c> and the test fixtures both use this, so "in-process" tests run
/// the real host on a real loopback port; tests only swap the clock and other injected sources.
/// </summary>
public static class EngineHost
{
    public static WebApplication Build(string[] configurationArgs, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = configurationArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("System", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        overrides?.Invoke(builder.Services);
        var services = builder.Services;
        services.AddOptions<EngineOptions>().Bind(builder.Configuration.GetSection(EngineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var o = context.Configuration.GetSection(EngineOptions.Section).Get<EngineOptions>() ?? new EngineOptions();
            kestrel.Listen(IPAddress.Parse(o.BindAddress), o.Port);
            kestrel.Limits.MaxRequestBodySize = o.MaxRequestBodyBytes;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(240, o.RequestBodyGracePeriod);
            // The product's own limits answer with the envelope (RequestLimitsMiddleware); Kestrel's, far above, are the last resort (ADR 0044).
            kestrel.Limits.MaxRequestLineSize = o.MaxRequestLineBytes * RequestLimitsMiddleware.KestrelFactor;
            kestrel.Limits.MaxRequestHeadersTotalSize = o.MaxRequestHeadersBytes * RequestLimitsMiddleware.KestrelFactor;
            kestrel.Limits.MaxRequestHeaderCount = o.MaxRequestHeaderCount * RequestLimitsMiddleware.KestrelFactor;
            kestrel.AddServerHeader = false;
        });
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));

        services.AddPrimitives(builder.Configuration)
            .AddErrors()
            .AddStorage(builder.Configuration)
            .AddIdentity(builder.Configuration)
            .AddTenancy()
            .AddCustomers()
            .AddWallets()
            .AddLedger(builder.Configuration)
            .AddTransfers()
            .AddLookup()
            .AddRateLimits(builder.Configuration)
            .AddWebhooks(builder.Configuration)
            .AddControl(builder.Configuration)
            .AddRules(builder.Configuration)
            .AddWithdrawals(builder.Configuration)
            .AddVas(builder.Configuration)
            .AddConformance(builder.Configuration);
        services.AddApiDocs();
        services.AddHostedService<StartupTasks>();
        services.AddHostedService<StartupBanner>();

        var app = builder.Build();
        app.UseTraceContext();
        app.UseRequestLimits();                   // before the journal, so an oversized request line is not kept
        app.UseMiddleware<JournalMiddleware>();   // outside the envelope, so it records the final answer
        app.UseErrorEnvelope();
        app.UseAuthentication();
        app.UseRateLimits();
        app.UseInboundSignatures();
        app.UseAuthorization();
        app.MapIdentity()
            .MapCustomers()
            .MapWallets()
            .MapTransfers()
            .MapLookup()
            .MapLedger()
            .MapWebhooks()
            .MapControl()
            .MapClock()
            .MapJournal()
            .MapFaults()
            .MapReset()
            .MapApiDocs()
            .MapDashboard()
            .MapRules()
            .MapWithdrawals()
            .MapVas()
            .MapConformance();
        return app;
    }

    /// <summary>Eclipse's JSON conventions: camelCase, nulls omitted, scale-9 amounts, strict numbers, no duplicate keys.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.AllowDuplicateProperties = false;
        options.MaxDepth = 32;
        options.Converters.Add(new Scale9DecimalConverter());
    }
}
