using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>What makes two create requests "the same payload" for idempotency: every field that changes the effect.</summary>
public static class WithdrawalFingerprint
{
    public static string Of(long tenantId, long walletId, CreateWithdrawalRequest r, ValidatedWithdrawal v)
    {
        var canonical = string.Create(
            CultureInfo.InvariantCulture,
            $"{tenantId}|{walletId}|{v.Amount.Nanos}|{v.Type.Name}|{r.Description}|{v.Phone}|{r.CallbackUrl}|{v.Account?.AccountNumber}|{v.Account?.BranchCode}|{v.Account?.AccountName}|{v.Account?.Bank}|{v.Account?.Reference}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(canonical), hash);
        return Convert.ToBase64String(hash[..18]);
    }
}
