namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>The engine with a rule file selecting the older FrontierWeb document: SYNC completion, ERROR_PERM/ERROR_TEMP.</summary>
public sealed class OlderDocumentFixture : VasEngineFixture
{
    private readonly string _rules = Path.Combine(Path.GetTempPath(), "eclipse-rules", "vas-" + Guid.NewGuid().ToString("N"));

    public OlderDocumentFixture()
    {
        Directory.CreateDirectory(_rules);
        File.WriteAllText(Path.Combine(_rules, "older-frontierweb.yaml"), """
            version: 1
            description: The older FrontierWeb section of the VAS document
            policies:
              conflicts:
                frontierWebCompletion: SYNC
                vasFailureStatuses: ERROR_PERM_TEMP
            """);
        RulesDirectory = _rules;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_rules, recursive: true);
    }
}
