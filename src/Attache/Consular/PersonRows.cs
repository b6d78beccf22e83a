using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Attache.Consular;

/// <summary>The rows of persons an edit form posts back: a row left empty is no person (it removes one).</summary>
public static class PersonRows
{
    public static bool IsEmpty(PersonInput p) => string.IsNullOrWhiteSpace(p.FullName)
        && string.IsNullOrWhiteSpace(p.IdentityNumber) && p.BirthYear is null && string.IsNullOrWhiteSpace(p.Contact)
        && string.IsNullOrWhiteSpace(p.Note);

    /// <summary>A number of persons as the pages show it: "1 person", "3 persons" (in Vietnamese
    /// "{0} người").</summary>
    public static string Count(IStringLocalizer l, int count) => count == 1
        ? l["1 person"]
        : string.Format(CultureInfo.CurrentCulture, l["{0} persons"], count);
}
