namespace EclipseConformance.Load.Eclipse.Verification;

/// <summary>What was sent under one externalUniqueId, and what the ledger showed for it.</summary>
internal struct KeyState
{
    /// <summary>Index of the first record with this key.</summary>
    public int First;

    /// <summary>Index of the first acknowledged record, or −1.</summary>
    public int Acked;

    public int Sends;

    /// <summary>Two different payloads were both acknowledged (an idempotency violation on its own).</summary>
    public bool AckedTwoPayloads;

    public bool AnyUnknown;

    /// <summary>Whether the ledger was read for this key (always in full mode; the sampled keys otherwise).</summary>
    public bool Checked;

    /// <summary>Credit entries carrying this key.</summary>
    public int Found;

    public long SeenWallet;

    public long SeenOther;

    public long SeenAmountNanos;
}
