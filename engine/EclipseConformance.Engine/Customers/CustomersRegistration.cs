namespace EclipseConformance.Engine.Customers;

public static class CustomersRegistration
{
    public static IServiceCollection AddCustomers(this IServiceCollection services)
    {
        services.AddSingleton<CustomerStore>();
        services.AddSingleton<CustomerService>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, CustomersJsonContext.Default));
        return services;
    }
}
