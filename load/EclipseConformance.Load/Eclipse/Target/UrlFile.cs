namespace EclipseConformance.Load.Eclipse.Target;

/// <summary>
/// The base URL a child process reports once it listens (<c>--url-file PATH</c>): it binds port 0 and writes the port
/// the OS gave it, so no other process can take the port between choosing and binding it. Written to a temporary file
/// and renamed, so a reader never sees half a URL.
/// </summary>
public static class UrlFile
{
    public static void Write(string path, Uri baseAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(baseAddress);
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, baseAddress.AbsoluteUri.TrimEnd('/'));
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>A fresh path in the temp folder for one child process; <see cref="Delete"/> it afterwards.</summary>
    public static string NewPath(string prefix) => Path.Combine(Path.GetTempPath(), $"{prefix}-{System.Security.Cryptography.RandomNumberGenerator.GetHexString(16, lowercase: true)}.url");

    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover file in the temp folder does no harm.
        }
    }
}
