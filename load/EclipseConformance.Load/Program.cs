using EclipseConformance.Load.Cli;
using EclipseConformance.Load.Profiles;

return await LoadCommandLine.InvokeAsync(args, ProfileRegistry.CreateDefault(), Console.Out);
