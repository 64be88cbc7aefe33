using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>A create request after field validation: its type, exact amount and fee, normalised phone and bank account.</summary>
public sealed record ValidatedWithdrawal(WithdrawalTypePolicy Type, Money Amount, Money Fee, string? Phone, BankAccount? Account);
