using System.Globalization;
using Attache.Aid.Iati;
using Microsoft.Extensions.Localization;

namespace Attache.Aid.Pages;

/// <summary>How the aid pages show codes and money.</summary>
public static class AidLabels
{
    /// <summary>The Vietnamese label from the resources, else the official English name of the IATI Sector list.</summary>
    public static string Sector(IStringLocalizer l, string code)
    {
        var label = l[$"Sector.{code}"];
        return label.ResourceNotFound ? IatiCodeLists.Name(IatiCodeLists.Sector, code) ?? code : label.Value;
    }

    public static string Amount(decimal value) => value.ToString("#,##0.##", CultureInfo.CurrentCulture);

    public static string Money(decimal value, string currency) => $"{Amount(value)} {currency}";

    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";
}
