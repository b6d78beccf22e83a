using Attache.Infrastructure;
using Microsoft.AspNetCore.DataProtection;

namespace Attache.Consular;

/// <summary>Encrypts identity numbers (passport, identity card) before they are stored and decrypts them for those
/// who may see them, with ASP.NET Core Data Protection (keys kept in the database). The stored text never contains the
/// number in clear, and each encryption of the same number differs.</summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider) : IFeatureService
{
    private readonly IDataProtector protector = provider.CreateProtector("Attache.Consular.IdentityNumber.v1");

    public string? Protect(string? identityNumber) =>
        string.IsNullOrWhiteSpace(identityNumber) ? null : protector.Protect(identityNumber.Trim());

    public string? Unprotect(string? stored) => stored is null ? null : protector.Unprotect(stored);

    /// <summary>The last three characters behind dots, for a list that needs to tell two persons apart.</summary>
    public string? Masked(string? stored) => Unprotect(stored) is { Length: > 3 } number
        ? "•••" + number[^3..]
        : stored is null ? null : "•••";
}
