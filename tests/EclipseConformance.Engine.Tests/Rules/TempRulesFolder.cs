namespace EclipseConformance.Engine.Tests.Rules;

/// <summary>A temporary --rules folder that a test writes files into; deleted on dispose.</summary>
internal sealed class TempRulesFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "eclipse-rules", Guid.NewGuid().ToString("N"));

    public TempRulesFolder() => Directory.CreateDirectory(Path);

    /// <summary>Writes a file atomically (temp file + rename), like an editor's save.</summary>
    public void Write(string name, string text)
    {
        var temp = System.IO.Path.Combine(Path, "." + name + ".tmp");
        File.WriteAllText(temp, text);
        File.Move(temp, System.IO.Path.Combine(Path, name), overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
