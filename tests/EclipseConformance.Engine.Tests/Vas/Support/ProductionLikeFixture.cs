namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>
/// The engine with the FrontierWeb simulator in its production-like meter policy
/// (<c>Simulators:frontierweb:FixtureMode=ProductionLike</c>): only the document's fixture meters and accounts exist.
/// </summary>
public sealed class ProductionLikeFixture : VasEngineFixture
{
    protected override IEnumerable<string> MoreArguments() => ["--Simulators:frontierweb:FixtureMode=ProductionLike"];
}
