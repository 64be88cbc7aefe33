namespace EclipseConformance.Engine.Rules;

/// <summary>Where externalUniqueId must be unique (wire GLOBAL from REF-BULK, TENANT from S-VAS).</summary>
public enum ExternalUniqueIdScope
{
    Global,
    Tenant,
}
