namespace EclipseConformance.Engine.Rules;

/// <summary>Accepted customer dateOfBirth formats (wire yyyyMMdd from REF-CUST, yyyy-MM-dd from EFT-CUC, EITHER).</summary>
public enum DateOfBirthFormat
{
    Either,
    Compact,
    Iso,
}
