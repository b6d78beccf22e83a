using System.Globalization;
using Attache.Infrastructure;

namespace Attache.Agreements;

/// <summary>How the pages show an agreement's titles, partners and dates in the user's language.</summary>
public static class AgreementText
{
    public static string Title(string vi, string? en) => Localization.IsVietnamese || en is null ? vi : en;

    public static string Partner(PartnerRef p) =>
        Localization.IsVietnamese && p.NameVietnamese is not null ? p.NameVietnamese : p.NameLatin;

    public static string Field(FieldRef f) => Localization.IsVietnamese ? f.NameVi : f.NameEn;

    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    /// <summary>The value of an &lt;input type="date"&gt;.</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
