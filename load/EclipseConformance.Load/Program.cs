using EclipseConformance.Load.Cli;
using EclipseConformance.Load.Profiles;

// Socket completions run on the socket engine's thread instead of hopping through the thread pool: the
// cheapest path for a load generator on a small machine (read before the first socket is created; set the
// variable to 0 to opt out). Scenarios are async, so nothing blocks that thread.
const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";
if (Environment.GetEnvironmentVariable(InlineCompletions) is null)
{
    Environment.SetEnvironmentVariable(InlineCompletions, "1");
}

return await LoadCommandLine.InvokeAsync(args, ProfileRegistry.CreateDefault(), Console.Out);
