namespace EclipseConformance.Engine.Customers;

/// <summary><c>POST /tenants/{t}/customers</c> (fact sheet 9.1).</summary>
public sealed record CreateCustomerRequest(
    string? ExternalUniqueId,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone1,
    string? NationalIdentityNumber,
    string? PassportNumber,
    string? DateOfBirth,
    string? Gender,
    string? Title,
    string? Status);
