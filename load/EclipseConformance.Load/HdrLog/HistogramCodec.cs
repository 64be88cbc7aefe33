using System.Buffers.Binary;
using System.IO.Compression;
using HdrHistogram;
using HdrHistogram.Encoding;
using HdrHistogram.Utilities;

namespace EclipseConformance.Load.HdrLog;

/// <summary>
/// The standard compressed V2 histogram encoding used in HdrHistogram logs: a big-endian cookie
/// (0x1c849314), the compressed length, then a zlib stream (RFC 1950, with its Adler-32 trailer) of the
/// V2 uncompressed encoding. Written by hand around the library's V2 encoder so the zlib stream is
/// complete for every HdrHistogram implementation, not just the .NET one.
/// </summary>
public static class HistogramCodec
{
    private const int CompressedV2Cookie = 0x1c849304 | 0x10;

    public static string EncodeBase64(HistogramBase histogram) => Convert.ToBase64String(Encode(histogram));

    public static byte[] Encode(HistogramBase histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var buffer = ByteBuffer.Allocate(histogram.GetNeededByteBufferCapacity());
        var length = histogram.Encode(buffer, HistogramEncoderV2.Instance);
        buffer.Position = 0;
        var raw = new byte[length];
        for (var i = 0; i < length; i++)
        {
            raw[i] = buffer.Get();
        }

        using var compressed = new MemoryStream();
        compressed.Write(new byte[8]);
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw, 0, length);
        }

        var bytes = compressed.ToArray();
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(0, 4), CompressedV2Cookie);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4, 4), bytes.Length - 8);
        return bytes;
    }

    public static HistogramBase DecodeBase64(string payload) => Decode(Convert.FromBase64String(payload));

    public static HistogramBase Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return HistogramEncoding.DecodeFromCompressedByteBuffer(ByteBuffer.Allocate(bytes), 0);
    }
}
