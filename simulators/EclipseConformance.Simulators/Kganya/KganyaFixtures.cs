using System.Globalization;

namespace EclipseConformance.Simulators.Kganya;

/// <summary>
/// Kganya's customers. The first is the document's example (mobile 0310564280, ID T089775335322; product ids
/// <c>{mobile or 0}_{id}_{n}</c>, the document buys <c>_3</c>). Magic values (simulators/README.md): ID
/// <see cref="LapsedIdNumber"/>'s item 2 is a lapsed policy (payment refused, LAPSED); an unknown ID or a mobile that is
/// not the customer's answers 404; an amount outside 1–<see cref="MaxAmount"/> is refused (INVALID_AMOUNT).
/// </summary>
public static class KganyaFixtures
{
    public const string DocumentMobile = "0310564280";
    public const string DocumentIdNumber = "T089775335322";
    public const string LapsedIdNumber = "8001015009087";
    public const decimal MaxAmount = 5000m;

    public static IReadOnlyList<KganyaCustomer> Customers { get; } =
    [
        new(DocumentIdNumber, DocumentMobile, "T. Mokoena",
        [
            new(1, "Funeral cover premium", "BILL", 150.00m),
            new(2, "Data bundle 1GB", "DATA", 99.00m),
            new(3, "Household policy premium", "BILL", 320.00m),
        ]),
        new(LapsedIdNumber, "0821234567", "S. Dlamini",
        [
            new(1, "Funeral cover premium", "BILL", 120.00m),
            new(2, "Legacy life policy", "BILL", 80.00m, Lapsed: true),
        ]),
    ];

    /// <summary>The customer with <paramref name="idNumber"/>; a mobile other than "0" must be the customer's.</summary>
    public static KganyaCustomer? Find(string idNumber, string? mobile) =>
        Customers.FirstOrDefault(c => c.IdNumber == idNumber && (mobile is null or "0" || mobile == c.Mobile));

    /// <summary>The product a product id <c>{mobile or 0}_{idNumber}_{number}</c> names, or null.</summary>
    public static KganyaProduct? Product(string productId)
    {
        var parts = productId.Split('_');
        return parts.Length == 3 && Find(parts[1], parts[0]) is { } customer
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? customer.Products.FirstOrDefault(p => p.Number == number)
            : null;
    }

    public static string ProductId(string mobile, KganyaCustomer customer, KganyaProduct product) =>
        string.Create(CultureInfo.InvariantCulture, $"{mobile}_{customer.IdNumber}_{product.Number}");
}
