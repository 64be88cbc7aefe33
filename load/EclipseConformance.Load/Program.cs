using EclipseConformance.Load.Cli;
using EclipseConformance.Load.Profiles;

// The load generator's socket completions run on the socket engine's threads instead of hopping through the
// thread pool: the cheapest path on a small machine (read before the first socket is created; set the variable
// to 0 to opt out). Scenarios are async, so nothing blocks those threads. The stand-alone echo server keeps
// Kestrel's defaults, so that it stays the plain baseline wrk is compared against.
const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";
if (args.FirstOrDefault() != "echo-server" && Environment.GetEnvironmentVariable(InlineCompletions) is null)
{
    Environment.SetEnvironmentVariable(InlineCompletions, "1");
}

return await LoadCommandLine.InvokeAsync(args, ProfileRegistry.CreateDefault(), Console.Out);
