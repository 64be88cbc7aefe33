namespace EclipseConformance.Simulators.Kganya;

/// <summary>
/// One payable item of a Kganya customer (a policy premium, a bill, a data bundle), numbered within the customer;
/// lapsed items refuse payment. Its product id is <c>{mobile or 0}_{idNumber}_{number}</c>.
/// </summary>
public sealed record KganyaProduct(int Number, string Name, string Type, decimal AmountDue, bool Lapsed = false);
