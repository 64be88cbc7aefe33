using System.Buffers.Text;

namespace EclipseConformance.Load.Eclipse.Traffic;

/// <summary>Writes the transfer request body straight into a byte buffer (no serializer, no allocation).</summary>
public static class TransferJson
{
    /// <summary>Enough for the largest body this writer produces.</summary>
    public const int MaxLength = 384;

    /// <summary>
    /// <c>{"fromWalletId":F,"toWalletId":T,"amount":A.CC,"description":"…","externalUniqueId":"…"}</c>; the description
    /// is written as given (plain ASCII without quotes or backslashes).
    /// </summary>
    public static int Write(Span<byte> destination, long fromWalletId, long toWalletId, long cents, ReadOnlySpan<byte> description, Guid key)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cents);
        var n = 0;
        n += Copy("{\"fromWalletId\":"u8, destination[n..]);
        n += Number(fromWalletId, destination[n..]);
        n += Copy(",\"toWalletId\":"u8, destination[n..]);
        n += Number(toWalletId, destination[n..]);
        n += Copy(",\"amount\":"u8, destination[n..]);
        n += Number(cents / 100, destination[n..]);
        destination[n++] = (byte)'.';
        destination[n++] = (byte)('0' + (cents % 100 / 10));
        destination[n++] = (byte)('0' + (cents % 10));
        n += Copy(",\"description\":\""u8, destination[n..]);
        n += Copy(description, destination[n..]);
        n += Copy("\",\"externalUniqueId\":\""u8, destination[n..]);
        key.TryFormat(destination[n..], out var written, "D");
        n += written;
        n += Copy("\"}"u8, destination[n..]);
        return n;
    }

    private static int Number(long value, Span<byte> destination)
    {
        Utf8Formatter.TryFormat(value, destination, out var written);
        return written;
    }

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        source.CopyTo(destination);
        return source.Length;
    }
}
