using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Attache.Infrastructure;

/// <summary>An ISO 3166-1 alpha-2 country code (KR, CN, LA), checked against the regions .NET knows.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CountryCodeAttribute() : ValidationAttribute(Messages.CountryCode)
{
    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string { Length: 2 } code when code.All(char.IsAsciiLetter) => IsKnown(code),
        _ => false,
    };

    private static bool IsKnown(string code)
    {
        try
        {
            return new RegionInfo(code.ToUpperInvariant()).TwoLetterISORegionName.Equals(code, StringComparison.OrdinalIgnoreCase);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
