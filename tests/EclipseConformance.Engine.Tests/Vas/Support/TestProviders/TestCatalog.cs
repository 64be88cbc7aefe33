using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Vas;

namespace EclipseConformance.Engine.Tests.Vas.Support.TestProviders;

/// <summary>The one-product catalog of a test provider: product A1, any amount, an <c>account</c> field.</summary>
internal static class TestCatalog
{
    public static readonly VasFieldSpec Account = new("account", "Account number", "TEXT", "^[a-z]+-[0-9]+$");

    public static VasPartner Partner(long partnerId, string name) =>
        new(partnerId, name, partnerId, [new VasProduct(partnerId, "A1", "Test product A1", "A test product", null, false, "TEST", [Account], "TEST")]);

    public static VasAnswer<VasProductSelection> Select(long partnerId, string productPart) => productPart == "A1"
        ? new VasProductSelection("A1", null, "Test product A1", "TEST", null, 1m, 10_000m, [Account], [], "A1", $"Test purchase {partnerId}_A1")
        : ApiError.Validation($"paymentData for partner {partnerId} must be {partnerId}_A1");
}
