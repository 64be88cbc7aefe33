namespace EclipseConformance.Simulators.Fiorano;

/// <summary>
/// What a utility lookup answers for one reference (a PRN, customer reference or MSISDN): the reference the utility
/// knows it by (<see cref="ProductReference"/>, e.g. the e-slip number of a KRA PRN), the amount owed when the utility
/// fixes it (tax), and the details in the utility's order (name → value; a null value is a field the utility left empty).
/// </summary>
public sealed record FioranoAccount(string ProductReference, decimal? AmountDue, IReadOnlyList<KeyValuePair<string, string?>> Details)
{
    public string? Detail(string name) => Details.FirstOrDefault(d => d.Key == name).Value;
}
