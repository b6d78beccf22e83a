using System.Globalization;
using Attache.Infrastructure;

namespace Attache.Aid.Pages;

/// <summary>How the aid pages show codes and money.</summary>
public static class AidLabels
{
    /// <summary>The sector's name in the page's language (<see cref="SectorNames"/>).</summary>
    public static string Sector(string code) => SectorNames.Name(code, Localization.IsVietnamese);

    public static string Amount(decimal value) => value.ToString("#,##0.##", CultureInfo.CurrentCulture);

    public static string Money(decimal value, string currency) => $"{Amount(value)} {currency}";

    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";
}
