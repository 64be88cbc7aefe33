using System.Globalization;

namespace EclipseConformance.Engine.Primitives;

/// <summary>
/// An exact amount in major currency units, held as a signed count of nano-units (scale 9), the precision
/// Eclipse shows on the wire (<c>13.000000000</c>). Never binary floating point.
/// </summary>
public readonly record struct Money(long Nanos) : IComparable<Money>
{
    public const int Scale = 9;
    public const long NanosPerUnit = 1_000_000_000L;

    /// <summary>The largest magnitude one amount may have: 1e9 major units (see ADR 0003).</summary>
    public static readonly Money MaxAmount = new(1_000_000_000L * NanosPerUnit);

    public static Money Zero => default;

    public bool IsPositive => Nanos > 0;

    public bool IsNegative => Nanos < 0;

    /// <summary>
    /// Converts a decimal with at most 9 decimal places and a magnitude within <see cref="MaxAmount"/>;
    /// anything else is refused rather than rounded.
    /// </summary>
    public static bool TryFromDecimal(decimal value, out Money money)
    {
        money = default;
        if (value.Scale > Scale && decimal.Round(value, Scale) != value)
        {
            return false;
        }

        if (Math.Abs(value) > MaxAmount.ToDecimal())
        {
            return false;
        }

        money = new Money((long)(value * NanosPerUnit));
        return true;
    }

    public static Money FromDecimal(decimal value) =>
        TryFromDecimal(value, out var money)
            ? money
            : throw new ArgumentOutOfRangeException(nameof(value), value, "More than 9 decimals or out of range.");

    public static Money FromUnits(long units) => new(checked(units * NanosPerUnit));

    public decimal ToDecimal() => decimal.Divide(Nanos, NanosPerUnit);

    public static Money operator +(Money a, Money b) => new(checked(a.Nanos + b.Nanos));

    public static Money operator -(Money a, Money b) => new(checked(a.Nanos - b.Nanos));

    public static Money operator -(Money a) => new(checked(-a.Nanos));

    public static bool operator <(Money a, Money b) => a.Nanos < b.Nanos;

    public static bool operator >(Money a, Money b) => a.Nanos > b.Nanos;

    public static bool operator <=(Money a, Money b) => a.Nanos <= b.Nanos;

    public static bool operator >=(Money a, Money b) => a.Nanos >= b.Nanos;

    public int CompareTo(Money other) => Nanos.CompareTo(other.Nanos);

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Negate() => -this;

    /// <summary>Eclipse's wire form: a plain decimal with exactly nine places.</summary>
    public override string ToString() => ToDecimal().ToString("0.000000000", CultureInfo.InvariantCulture);
}
