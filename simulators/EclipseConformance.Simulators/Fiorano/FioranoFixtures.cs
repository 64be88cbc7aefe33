using System.Globalization;

namespace EclipseConformance.Simulators.Fiorano;

/// <summary>
/// The accounts and catalogs of the VAS document's DTB examples (Kenya: KRA e-slips, StarTimes; Uganda: NWSC, UMEME, URA,
/// MTN) and the magic reference endings (simulators/README.md). Outside the fixtures, <see cref="FixtureMode.Sandbox"/>
/// invents a plausible account for any well-formed reference; <see cref="FixtureMode.ProductionLike"/> answers not found.
/// </summary>
public static class FioranoFixtures
{
    /// <summary>A reference ending in this is unknown to the utility (lookup 404, payment rejected).</summary>
    public const string NotFoundSuffix = "404";

    /// <summary>A reference ending in this is already paid / closed: the lookup works, the payment is rejected.</summary>
    public const string AlreadyPaidSuffix = "409";

    /// <summary>A reference ending in this is accepted (PENDING) but its confirmation fails.</summary>
    public const string ConfirmationFailsSuffix = "500";

    /// <summary>A reference ending in this is accepted (PENDING) and never confirmed.</summary>
    public const string NeverConfirmedSuffix = "777";

    public static IReadOnlyList<FioranoProduct> Catalog(FioranoMarket market) => market == FioranoMarket.Kenya ? KenyaCatalog : UgandaCatalog;

    private static readonly FioranoProduct[] KenyaCatalog =
    [
        new("ETAX", "TAX", "TAX", "KRA tax payment (PRN)"),
        new("KE-STARTIMES", "BILL", "BILL", "StarTimes subscription"),
        new("KE-DSTV", "BILL", "BILL", "DStv Kenya subscription"),
        new("KE-GOTV", "BILL", "BILL", "GOtv Kenya subscription"),
        new("KE-KPLC-PREPAID", "BILL", "ELECTRICITY", "Kenya Power prepaid tokens"),
        new("KE-NAIROBI-WATER", "BILL", "BILL", "Nairobi Water bill payment"),
        new("KE-SAFARICOM", "AIRTIME", "AIRTIME", "Safaricom airtime"),
    ];

    private static readonly FioranoProduct[] UgandaCatalog =
    [
        new("NWSC", "BILL", "BILL", "NWSC water payment"),
        new("ETAX", "BILL", "BILL", "URA Tax Returns payment"),
        new("UMEME", "BILL", "BILL", "Make UMEME Bill payments"),
        new("MTN", "WALLET", "WALLET", "MTN Mobile Money wallet top-up"),
    ];

    private static readonly Dictionary<(string Market, string Utility, string Reference), FioranoAccount> Accounts = new()
    {
        // KRA (S-VAS "Pay Tax through Diamond Trust Bank"); the catalog example's query carries one extra 0 (10202300000582380).
        [("dtbke", "ETAX", "1020230000058238")] = Kra("1020230000058238", "2023-06-19T13:25:12", "P051094777L", "Call Fast Services Limited", 52008620m),
        [("dtbke", "ETAX", "10202300000582380")] = Kra("1020230000058238", "2023-06-19T13:25:12", "P051094777L", "Call Fast Services Limited", 52008620m),
        [("dtbke", "ETAX", "1020230000060915")] = Kra("1020230000060915", "2023-09-15T09:05:40", "P051094777L", "Call Fast Services Limited", 52008620m),
        [("dtbke", "KE-STARTIMES", "1234567890")] = new("1234567890", null, [new("accountNumber", "1234567890"), new("customerName", "JOHN KAMAU"), new("status", "ACTIVE")]),
        // NWSC (S-VAS "NWSC Bill Payment")
        [("dtbug", "NWSC", "21117391")] = new("21117391", null,
        [
            new("CustRef", "21117391"), new("PropertyRef", "21/34/19/175"), new("CustName", "ROBERT MWESIGYE"), new("Area", "Kampala"),
            new("OutstandingBal", "71683"), new("CustomerError", "NONE"),
        ]),
        // UMEME (S-VAS "UMEME - Electricity Bill Payment")
        [("dtbug", "UMEME", "200166426")] = Umeme("200166426", "POSTPAID", "BAFUKAWA  RONALD", "-21103"),
        // URA (S-VAS "URA Tax Payments"): by PRN, and by the TIN the payment example pays with.
        [("dtbug", "ETAX", "2240000621955")] = Ura(),
        [("dtbug", "ETAX", "1001307092")] = Ura(),
        // MTN wallet top-up (S-VAS "Fund your MTN wallet through DTB Uganda")
        [("dtbug", "MTN", "256779999703")] = Mtn("256779999703", "Martha N"),
    };

    /// <summary>The account a lookup finds, or null (not found). <paramref name="area"/> only matters for NWSC.</summary>
    public static FioranoAccount? Find(FioranoMarket market, string utility, string reference, string? area, FixtureMode mode)
    {
        if (reference.EndsWith(NotFoundSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        if (Accounts.TryGetValue((market.Code, utility, reference), out var known))
        {
            return utility == "NWSC" && area is not null && !string.Equals(known.Detail("Area"), area, StringComparison.OrdinalIgnoreCase) ? null : known;
        }

        return mode == FixtureMode.Sandbox && Catalog(market).Any(p => p.UtilityCode == utility) ? Invent(market, utility, reference, area) : null;
    }

    /// <summary>A deterministic sandbox account for a reference outside the fixtures (amounts from its digits).</summary>
    private static FioranoAccount Invent(FioranoMarket market, string utility, string reference, string? area)
    {
        var digits = new string(reference.Where(char.IsAsciiDigit).ToArray());
        var seed = digits.Length == 0 ? 1000 : long.Parse(digits[^Math.Min(6, digits.Length)..], CultureInfo.InvariantCulture);
        var owed = 1000m + (seed % 90_000);
        var amount = owed.ToString("0", CultureInfo.InvariantCulture);
        return (market.Code, utility) switch
        {
            ("dtbke", "ETAX") => Kra(reference, "2024-01-15T10:00:00", "P000000000A", "SANDBOX TAXPAYER", owed),
            ("dtbug", "ETAX") => new(reference, owed,
            [
                new("Prn", reference), new("Tin", "1000000000"), new("TaxpayerName", "SANDBOX TAXPAYER"), new("Amount", amount), new("ExpiryDt", "31-DEC-26"),
                new("StatusCode", "A"), new("StatusDesc", "AVAILABLE"), new("Currency", null), new("PaymentRegDt", "01-JAN-26"), new("IsSentToBank", "N"),
            ]),
            ("dtbug", "NWSC") => new(reference, null,
            [
                new("CustRef", reference), new("PropertyRef", "00/00/00/000"), new("CustName", "SANDBOX CUSTOMER"), new("Area", area ?? "Kampala"),
                new("OutstandingBal", amount), new("CustomerError", "NONE"),
            ]),
            ("dtbug", "UMEME") => Umeme(reference, "PREPAID", "SANDBOX CUSTOMER", "0"),
            ("dtbug", "MTN") => Mtn(reference, "SANDBOX SUBSCRIBER"),
            _ => new(reference, null, [new("accountNumber", reference), new("customerName", "SANDBOX CUSTOMER"), new("status", "ACTIVE")]),
        };
    }

    private static FioranoAccount Kra(string eslip, string adviceDate, string pin, string name, decimal total) => new(eslip, total,
    [
        new("SystemCode", "PG"), new("EslipNumber", eslip), new("PaymentAdviceDate", adviceDate), new("TaxpayerPin", pin),
        new("TaxpayerFullName", name), new("TotalAmount", total.ToString("0", CultureInfo.InvariantCulture)),
    ]);

    private static FioranoAccount Umeme(string reference, string type, string name, string balance) => new(reference, null,
    [
        new("customerRef", reference), new("customerType", type), new("customerName", name), new("statusDescription", "SUCCESS"),
        new("balance", balance), new("statusCode", "0"), new("credit", "0"),
    ]);

    private static FioranoAccount Ura() => new("2240000621955", 25000m,
    [
        new("Prn", "2240000621955"), new("Tin", "1001307092"), new("TaxpayerName", "DAMBAK ENTERPRISES LIMITED"), new("Amount", "25000"),
        new("ExpiryDt", "08-FEB-24"), new("StatusCode", "T"), new("StatusDesc", "RECEIVED AND CREDITED"), new("Currency", null),
        new("PaymentRegDt", "20-NOV-23"), new("IsSentToBank", "Y"),
    ]);

    private static FioranoAccount Mtn(string msisdn, string name) => new(msisdn, null,
        [new("msisdn", msisdn), new("accountName", name), new("accountStatus", "ACTIVE")]);
}
