using System.Text;
using System.Text.Json;
using EclipseConformance.Engine.Customers;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The <c>extraInfo</c> of a DTB payment: a JSON object of <c>dtb*</c> keys in the documents' order, written as a string.
/// The calling customer and the source come from the customer and wallet; the destination from the utility and the
/// request's <c>destination*</c> additional fields (keys for absent fields are left out, as the examples do). Uganda's
/// examples disagree on <c>dtbSourceBranchCode</c> (present for the MTN top-up, absent for UMEME): it is always written
/// there, and in Kenya only for bank accounts (ADR 0032).
/// </summary>
public static class DtbExtraInfo
{
    public static string Build(DtbMarket market, Customer customer, Wallet wallet, string sourceType, string utilityCode, IReadOnlyList<AdditionalField> fields)
    {
        string? Field(string id) => fields.FirstOrDefault(f => f.Id == id)?.Value;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("dtbCallingCustomerCif", customer.ExternalUniqueId);
            w.WriteNumber("dtbCallingCustomerId", customer.CustomerId);
            w.WriteString("dtbCallingCustomerOrganisation", "");
            if (market.Detailed)
            {
                w.WriteString("dtbSourceAccountNumber", wallet.AccountNumber ?? wallet.ExternalId ?? wallet.FriendlyId);
            }

            if (market.Detailed || sourceType == DtbSourceTypes.BankAccount)
            {
                w.WriteString("dtbSourceBranchCode", "001");
            }

            w.WriteString("dtbSourceBankCode", "");
            w.WriteString("dtbSourceCountryCode", market.Country);
            w.WriteString("dtbSourceCurrency", wallet.Currency);
            w.WriteString("dtbSourceName", $"{customer.FirstName} {customer.LastName}".Trim());
            w.WriteString("dtbSourcePhone", customer.Phone1 ?? "");
            w.WriteString("dtbSourceType", sourceType);
            Optional(w, "dtbDestinationType", Field("destinationType"));
            if (utilityCode != "ETAX")
            {
                w.WriteString("dtbDestinationAccountNumber", utilityCode);
            }

            Optional(w, "dtbDestinationBankCode", Field("destinationBranchCode"));
            if (market.Detailed)
            {
                w.WriteString("dtbDestinationCountryCode", market.Country);
            }

            w.WriteString("dtbDestinationCurrency", market.Currency);
            Optional(w, "dtbDestinationName", Field("destinationName"));
            Optional(w, "dtbDestinationPhone", Field("destinationPhone"));
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteString(name, value);
        }
    }
}
