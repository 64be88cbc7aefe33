using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Customers;

/// <summary>Customers of a tenant: <c>POST/GET /tenants/{t}/customers</c>, <c>GET .../customers/{c}</c>, <c>POST .../identities</c>.</summary>
public static class CustomersApi
{
    public const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapCustomers(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantGroup().WithTags("Customers");

        group.MapPost("/customers", async (long tenantId, CreateCustomerRequest body, HttpContext http, CustomerService customers, CancellationToken ct) =>
        {
            if (!TenantPermissions.CanManageTenant(Caller.Of(http)!))
            {
                return ApiError.Forbidden("Only tenant system users may register customers").ToResult();
            }

            var (error, customer) = await customers.CreateAsync(tenantId, body, ct);
            return error?.ToResult() ?? Results.Created($"{http.Request.Path}/{customer!.CustomerId}", CustomerResponse.From(customer));
        }).Produces<CustomerResponse>(StatusCodes.Status201Created);

        group.MapGet("/customers", async (long tenantId, string? externalUniqueId, string? phone1, string? nationalIdentityNumber, int? limit, int? offset,
            HttpContext http, CustomerStore store, TenantStore tenants, CancellationToken ct) =>
        {
            if (!TenantPermissions.CanManageTenant(Caller.Of(http)!))
            {
                return ApiError.Forbidden("Only tenant system users may search customers").ToResult();
            }

            if (Paging.Validate(limit, offset, MaxPageSize) is { } bad)
            {
                return bad.ToResult();
            }

            var tenant = await tenants.FindAsync(tenantId, ct);
            string? phoneKey = null;
            if (phone1 is not null && (tenant is null || !PhoneNumbers.TryNormalise(phone1, tenant.Country, out _, out phoneKey)))
            {
                return ApiError.Validation("phone1 is not a valid phone number").ToResult();
            }

            var query = new CustomerQuery(externalUniqueId, phoneKey, nationalIdentityNumber, limit ?? 100, offset ?? 0);
            var rows = await store.ListAsync(tenantId, query, ct);
            return Results.Ok(rows.Select(CustomerResponse.From).ToList());
        }).Produces<List<CustomerResponse>>();

        group.MapGet("/customers/{customerId:long}", async (long tenantId, long customerId, HttpContext http, CustomerStore store, CancellationToken ct) =>
        {
            if (!TenantPermissions.CanSeeCustomer(Caller.Of(http)!, customerId))
            {
                return ApiError.NotFound("Customer").ToResult();
            }

            var customer = await store.FindAsync(tenantId, customerId, ct);
            return customer is null ? ApiError.NotFound("Customer").ToResult() : Results.Ok(CustomerResponse.From(customer));
        }).Produces<CustomerResponse>();

        group.MapPost("/customers/{customerId:long}/identities", async (long tenantId, long customerId, CreateIdentityRequest body, HttpContext http,
            CustomerStore store, CustomerService customers, CancellationToken ct) =>
        {
            if (!TenantPermissions.CanManageTenant(Caller.Of(http)!))
            {
                return ApiError.Forbidden("Only tenant system users may create customer identities").ToResult();
            }

            var customer = await store.FindAsync(tenantId, customerId, ct);
            if (customer is null)
            {
                return ApiError.NotFound("Customer").ToResult();
            }

            var error = await customers.CreateIdentityAsync(customer, body, ct);
            return error?.ToResult() ?? Results.Created($"{http.Request.Path}", new { identity = body.Identity, customerId, tenantId });
        });

        return app;
    }
}
