namespace EclipseConformance.Engine.Customers;

/// <summary>A stored customer (row of <c>customers</c>).</summary>
public sealed record Customer(
    long CustomerId,
    long TenantId,
    string ExternalUniqueId,
    string FirstName,
    string LastName,
    string? Phone1,
    string? Email,
    string? NationalIdentityNumber,
    string? PassportNumber,
    string? DateOfBirth,
    string? Gender,
    string? Title,
    string Status,
    long Version,
    long CreatedMs,
    long LastModifiedMs);
