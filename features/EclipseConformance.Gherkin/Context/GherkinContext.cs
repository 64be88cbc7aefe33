using System.Diagnostics.CodeAnalysis;

namespace EclipseConformance.Gherkin;

/// <summary>
/// A property bag shared by the steps of a scenario (or the scenarios of a feature), with the typed helpers of
/// Reqnroll's context classes. Prefer typed context classes injected through constructors; the bag is for glue.
/// </summary>
public abstract class GherkinContext
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Stores a value under a key.</summary>
    public void Set<T>(T value, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
            _values[key] = value;
    }

    /// <summary>Stores a value under its type's full name.</summary>
    public void Set<T>(T value) => Set(value, KeyOf<T>());

    /// <summary>Reads a value stored under a key; throws when it is missing.</summary>
    public T Get<T>(string key) =>
        TryGetValue<T>(key, out var value)
            ? value
            : throw new KeyNotFoundException($"The context has no value of type {typeof(T).Name} under '{key}'.");

    /// <summary>Reads a value stored under its type's full name; throws when it is missing.</summary>
    public T Get<T>() => Get<T>(KeyOf<T>());

    /// <summary>Reads a value stored under a key.</summary>
    public bool TryGetValue<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            if (_values.TryGetValue(key, out var raw) && raw is T typed)
            {
                value = typed;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Reads a value stored under its type's full name.</summary>
    public bool TryGetValue<T>([MaybeNullWhen(false)] out T value) => TryGetValue(KeyOf<T>(), out value);

    /// <summary>True when a value is stored under the key.</summary>
    public bool ContainsKey(string key)
    {
        lock (_gate)
            return _values.ContainsKey(key);
    }

    /// <summary>Removes the value under the key.</summary>
    public bool Remove(string key)
    {
        lock (_gate)
            return _values.Remove(key);
    }

    private static string KeyOf<T>() => typeof(T).FullName ?? typeof(T).Name;
}
