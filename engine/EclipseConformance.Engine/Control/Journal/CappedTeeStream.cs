namespace EclipseConformance.Engine.Control.Journal;

/// <summary>Passes writes through to the response and keeps a copy of the first <c>cap</c> bytes for the journal.</summary>
internal sealed class CappedTeeStream(Stream inner, int cap) : Stream
{
    private byte[]? _copy;
    private int _length;

    public string? Captured => _copy is null ? null : System.Text.Encoding.UTF8.GetString(_copy, 0, _length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

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
