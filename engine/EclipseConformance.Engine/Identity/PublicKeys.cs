using System.Security.Cryptography;

namespace EclipseConformance.Engine.Identity;

/// <summary>Public keys as identities are created with them: base64 SubjectPublicKeyInfo (the openssl recipe of REF-IDENT).</summary>
public static class PublicKeys
{
    public static string? ToPem(string base64SubjectPublicKeyInfo)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(base64SubjectPublicKeyInfo), out _);
            return rsa.ExportSubjectPublicKeyInfoPem();
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return null;
        }
    }
}
