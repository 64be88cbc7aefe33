using System.Collections.Concurrent;

namespace EclipseConformance.Gherkin.Tests.Support;

/// <summary>What bindings did, in order; registered in the run container so every scenario shares it.</summary>
public sealed class Log
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public void Add(string entry) => _entries.Enqueue(entry);
}
