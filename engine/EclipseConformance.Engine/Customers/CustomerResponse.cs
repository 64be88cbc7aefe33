using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Customers;

public sealed record CustomerResponse(
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
    string Created,
    string LastModified)
{
    public static CustomerResponse From(Customer c) => new(
        c.CustomerId, c.TenantId, c.ExternalUniqueId, c.FirstName, c.LastName, c.Phone1, c.Email, c.NationalIdentityNumber,
        c.PassportNumber, c.DateOfBirth, c.Gender, c.Title, c.Status, c.Version, Timestamps.ToWire(c.CreatedMs), Timestamps.ToWire(c.LastModifiedMs));
}
