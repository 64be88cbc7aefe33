namespace EclipseConformance.Engine.Control.Journal;

/// <summary>
/// Wraps the request body: reads pass through unchanged, and the first <c>cap</c> bytes the endpoint reads are kept for
/// the journal. Nothing is read ahead, so a slow or held client is never blocked here (and nothing is buffered twice).
/// </summary>
internal sealed class CappedReadTeeStream(Stream inner, int cap) : Stream
{
    private byte[]? _copy;
    private int _length;

    public string? Captured => _copy is null ? null : System.Text.Encoding.UTF8.GetString(_copy, 0, _length);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Keep(buffer.AsSpan(offset, read));
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Keep(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> data)
    {
        if (_length >= cap || data.IsEmpty)
        {
            return;
        }

        _copy ??= new byte[cap];
        var take = Math.Min(cap - _length, data.Length);
        data[..take].CopyTo(_copy.AsSpan(_length));
        _length += take;
    }
}
