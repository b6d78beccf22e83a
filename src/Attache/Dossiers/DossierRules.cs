namespace Attache.Dossiers;

/// <summary>The dossiers' defaults and windows, stated once for the service, the pages and the API contract.</summary>
public static class DossierRules
{
    /// <summary>The working days a dossier gets when the officer leaves them empty: ABTC 10 (the province's opinion
    /// on an application), consular certification and legalisation 5, nationality 20 (the department's opinion).
    /// The officer types the statutory figure where a dossier differs.</summary>
    public static int DefaultWorkingDays(DossierKind kind) => kind switch
    {
        DossierKind.Abtc => 10,
        DossierKind.ConsularCertification => 5,
        DossierKind.ConsularLegalisation => 5,
        DossierKind.Nationality => 20,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public const string DefaultsText = "Default working days when none is given: Abtc 10, ConsularCertification 5, "
        + "ConsularLegalisation 5, Nationality 20.";

    /// <summary>An ABTC card expiring within this many days (or expired) is listed for renewal.</summary>
    public const int RenewalWindowDays = 90;

    /// <summary>The last day of the week (Monday to Sunday) that holds <paramref name="day"/>.</summary>
    public static DateOnly EndOfWeek(DateOnly day) => day.AddDays((7 - (int)day.DayOfWeek) % 7);
}
