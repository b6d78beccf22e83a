using System.ComponentModel.DataAnnotations;

namespace Attache.Infrastructure;

/// <summary>An ISO 3166-1 alpha-2 country code (KR, CN, LA) that <see cref="Countries"/> names.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CountryCodeAttribute() : ValidationAttribute(Messages.CountryCode)
{
    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string { Length: 2 } code when code.All(char.IsAsciiLetter) => Countries.IsKnown(code),
        _ => false,
    };
}
