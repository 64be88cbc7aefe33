using EclipseConformance.Engine.Host;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Webhooks;

if (args.Length > 0 && args[0] == VerifySignatureCommand.Name)
{
    return await VerifySignatureCommand.RunAsync(args[1..], Console.Out, Console.Error, TimeProvider.System);
}

if (args is ["bench", ..])
{
    if (args is not [_, "rules"])
    {
        await Console.Error.WriteLineAsync("Usage: bench rules");
        return 2;
    }

    return await RulesBenchmark.RunAsync(Console.Out);
}

var (configuration, error) = CommandLine.Translate(args, Environment.GetEnvironmentVariable);
if (error is not null)
{
    if (error.Length > 0)
    {
        await Console.Error.WriteLineAsync(error);
    }

    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return error.Length == 0 ? 0 : 2;
}

var app = EngineHost.Build(configuration);
await app.RunAsync();
return 0;
