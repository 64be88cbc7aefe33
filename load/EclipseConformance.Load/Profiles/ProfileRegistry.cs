using EclipseConformance.Load.Eclipse.Profiles;
using EclipseConformance.Load.Eclipse.Profiles.Mixed;

namespace EclipseConformance.Load.Profiles;

/// <summary>The profiles <c>load run</c> knows. New profiles add one <see cref="Register"/> line in <see cref="CreateDefault"/>.</summary>
public sealed class ProfileRegistry
{
    private readonly SortedDictionary<string, ILoadProfile> _profiles = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ILoadProfile> All => _profiles.Values;

    public static ProfileRegistry CreateDefault() => new ProfileRegistry()
        .Register(new EchoProfile())
        .Register(new TransferSteadyProfile())
        .Register(new TransferRampProfile())
        .Register(new PayrollHotWalletProfile())
        .Register(new TransferRetriesProfile())
        .Register(new MixedProfile())
        .Register(new SoakProfile());

    public ProfileRegistry Register(ILoadProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!profile.Name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || profile.Name.Length is 0 or > 40)
        {
            throw new ArgumentException($"Profile name '{profile.Name}' must be 1-40 characters of a-z, 0-9 and '-'.", nameof(profile));
        }

        if (!_profiles.TryAdd(profile.Name, profile))
        {
            throw new ArgumentException($"Profile '{profile.Name}' is already registered.", nameof(profile));
        }

        return this;
    }

    public bool TryGet(string name, out ILoadProfile profile) => _profiles.TryGetValue(name, out profile!);
}
