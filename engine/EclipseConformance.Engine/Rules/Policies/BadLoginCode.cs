namespace EclipseConformance.Engine.Rules;

/// <summary>The code of a wrong identity/password (wire USR002 from AIAUTH, SEC005 from EFT-ERR).</summary>
public enum BadLoginCode
{
    Usr002,
    Sec005,
}
